using System.Collections.Immutable;
using Ippon.Checks;
using Ippon.Files.Actuals;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Review;

namespace Ippon.Cli;

/// <summary>Loads an actuals file (the contract's CSV or a CRM export) for a plan, or reports why it cannot.</summary>
public static class ActualsInput
{
    /// <summary>Reads <paramref name="file"/>; on failure writes every error (file:line:col) and returns null.</summary>
    public static (Actuals Actuals, ImmutableArray<Finding> Warnings)? Read(string file, Plan plan, CliContext context, Language language)
    {
        var read = ActualsReader.ReadFile(file, plan);
        if (read.Success) return (read.Actuals, read.Warnings);
        foreach (var e in read.Errors.Take(50)) context.Error.WriteLine(e.Format(language));
        if (read.Errors.Length > 50)
        {
            context.Error.WriteLine(language.T($"ほか {read.Errors.Length - 50} 件のエラー", $"and {read.Errors.Length - 50} more errors"));
        }
        return null;
    }
}
