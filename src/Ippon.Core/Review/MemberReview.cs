using Ippon.Calculation;
using Ippon.Dimensions;
using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Review;

/// <summary>One member's review (<c>ippon review --member 田中</c>, the web page's rep review): the member's own plan — its allocated target, its rates — against its own actuals.</summary>
public static class MemberReview
{
    /// <summary>Reviews member <paramref name="member"/> of <paramref name="dimension"/> of <paramref name="plan"/>.</summary>
    /// <param name="actuals">The plan's actuals: rows with a member are the members' own, rows without one are kept for the shared metrics.</param>
    public static ReviewResult Run(Plan plan, PeriodCalendar calendar, Actuals actuals, Dimension dimension, int member, ReviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actuals);
        options ??= ReviewOptions.Default;
        return Run(PlanCalculator.Calculate(plan, options.Calculation), calendar, actuals, dimension, member, options);
    }

    /// <summary>Reviews member <paramref name="member"/> of the plan calculated as <paramref name="whole"/> (with <paramref name="options"/>' calculation): many members share one calculation (the web page's members table reviews every rep with actuals).</summary>
    public static ReviewResult Run(PlanResult whole, PeriodCalendar calendar, Actuals actuals, Dimension dimension, int member, ReviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(actuals);
        options ??= ReviewOptions.Default;
        var (memberPlan, cells) = MemberPlan.Project(whole, dimension, member);
        var own = actuals.ForMember(id => cells.GetValueOrDefault(id));
        // --set and scenario overrides of the member's own cells are already in its projected values.
        var calculation = options.Calculation with
        {
            Overrides = [.. options.Calculation.Overrides.Where(o => cells.ContainsKey(o.Metric) && cells[o.Metric] is null)],
        };
        return PlanReview.Run(memberPlan, calendar, own, options with { Calculation = calculation });
    }
}
