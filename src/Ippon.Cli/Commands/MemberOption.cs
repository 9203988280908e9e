using System.CommandLine;
using Ippon.Dimensions;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Cli.Commands;

/// <summary><c>--member 田中</c> of <c>ippon review</c> and <c>ippon forecast</c>: one member of a plan over dimensions, with its own actuals.</summary>
public static class MemberOption
{
    public static Option<string?> Create(string description) => new("--member") { Description = description };

    /// <summary>The dimension <paramref name="name"/> is a member of and its index; null, with the error printed, when it is none's.</summary>
    public static (Dimension Dimension, int Index)? Find(Plan plan, string name, CliContext context, Language language)
    {
        if (MemberLookup.Find(plan, name) is { } found) return found;
        context.Error.WriteLine($"ippon: {MemberLookup.NotFound(plan, name).In(language)}");
        return null;
    }
}
