using Ippon.Calculation;
using Ippon.Dimensions;
using Ippon.Plans;

namespace Ippon.Web.Features.Actuals;

/// <summary>
/// The metrics a member has actuals of their own for, and the label each metric gives the member's cell (田中, or
/// 東京/田中 over two dimensions): the actuals grid of a rep's detail shows and stores exactly these, and the rep's
/// review reads them back by the same labels (<c>Actuals.ForMember</c>).
/// </summary>
/// <param name="Name">The member as the page names them (田中).</param>
/// <param name="Labels">Metric id → the member's cell label in that metric; only metrics over the member's own dimension.</param>
public sealed record MemberCells(string Name, IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>
    /// The cells of member <paramref name="member"/> of <paramref name="dimension"/> in <paramref name="plan"/>: the metrics
    /// of the member's own plan (<see cref="MemberPlan.Project"/>, what <c>ippon review --member</c> reviews) that vary
    /// over the member's dimension. A coarser metric (the rep's region) is left out: it is not this rep's to enter.
    /// </summary>
    public static MemberCells Of(Plan plan, Dimension dimension, int member)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(dimension);
        var whole = PlanCalculator.Calculate(plan);
        var (_, cells) = MemberPlan.Project(whole, dimension, member);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (metric, label) in cells)
        {
            if (label is not null && whole.Metric(metric) is { } result && result.Shape.Dims.Contains(dimension)) labels[metric] = label;
        }
        return new MemberCells(dimension.Members[member], labels);
    }
}
