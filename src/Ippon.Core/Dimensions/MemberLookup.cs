using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Dimensions;

/// <summary>
/// A member named by a person (<c>--member 田中</c>, the review API's <c>?member=田中</c>): the dimension it belongs to
/// and its index, and the one message when no dimension has it. The CLI and the web API both ask here.
/// </summary>
public static class MemberLookup
{
    /// <summary>The first dimension of <paramref name="plan"/> (plan order) with a member called <paramref name="name"/>, and its index; null when none has.</summary>
    public static (Dimension Dimension, int Index)? Find(Plan plan, string name)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(name);
        foreach (var dimension in plan.Dimensions)
        {
            if (dimension.IndexOf(name) is var index and >= 0) return (dimension, index);
        }
        return null;
    }

    /// <summary>Why <paramref name="name"/> names no member of <paramref name="plan"/>, listing its dimensions.</summary>
    public static Message NotFound(Plan plan, string name)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var dimensions = plan.Dimensions.IsDefaultOrEmpty ? "—" : string.Join(", ", plan.Dimensions.Select(d => d.Name));
        return new Message($"'{name}' はどの次元のメンバーでもありません ({dimensions})", $"'{name}' is not a member of any dimension ({dimensions})");
    }
}
