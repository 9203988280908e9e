using System.Globalization;
using Ippon.Periods;
using Ippon.Plans;
using Ippon.Review;
using L = Ippon.Export.Excel.WorkbookLayout;

namespace Ippon.Export.Excel;

/// <summary>
/// 実績 / Actuals: plan vs actual per period for every goal, one row per metric and period, for every plan with periods.
/// The plan per period is the review engine's split (phasing); the actuals are yellow cells (filled from <c>--actuals</c>,
/// else empty for the user to type); attainment and the cumulative columns are live formulas.
/// </summary>
static class ActualsSheet
{
    public static SheetLayout Layout { get; } = new("実績", "Actuals",
    [
        new("id", "ID", "ID", 16),
        new("name", "指標", "Metric", 22),
        new("period", "期間", "Period", 9),
        new("end", "期末", "Period end", 12),
        new("plan", "計画", "Plan", 15),
        new("actual", "実績", "Actual", 15),
        new("attainment", "達成率", "Attainment", 10),
        new("cumulative_plan", "累計計画", "Plan to date", 15),
        new("cumulative_actual", "累計実績", "Actual to date", 15),
        new("pace", "累計達成率", "Pace", 10),
    ]);

    /// <summary>The sheet, or null when the plan has no periods (neither a horizon nor a KGI deadline).</summary>
    public static SheetWriter? Build(ExportContext c, Styles styles)
    {
        var plan = c.Result.Plan;
        var review = c.Review;
        if (review is null)
        {
            if (PeriodCalendar.For(plan) is not { } calendar) return null;
            review = PlanReview.Run(plan, calendar, Actuals.Empty, new ReviewOptions { AsOf = 0 });
        }
        var l = c.Language;
        var w = new SheetWriter(Layout);
        w.Text(1, 0, $"{plan.Title} — {c.T("計画と実績 (期間別)", "Plan vs actual by period")}", styles.Get(Look.Title));
        w.Text(2, 0, c.T("黄色のセルに実績を入れると、達成率と累計が計算されます。計画は期間への配分 (phasing) どおりです。",
            "Type actuals in the yellow cells: attainment and the running totals follow. The plan per period follows the plan's phasing."), styles.Get(Look.Muted));
        var header = styles.Get(Look.Header);
        for (var i = 0; i < Layout.Columns.Length; i++) w.Text(L.HeaderRow, i, Layout.Columns[i].Header(l), header);
        var row = L.HeaderRow;
        foreach (var m in review.Metrics.Where(m => m.Member is null && m.Metric.Metric.Role is not null))
        {
            var metric = m.Metric.Metric;
            var unit = metric.Unit;
            var down = metric.Direction == Direction.Down;
            var quantity = !m.IsQuality;
            var first = row + 1;
            foreach (var p in m.Periods)
            {
                row++;
                var r = row.ToString(CultureInfo.InvariantCulture);
                w.Text(row, "id", metric.Id, styles.Get(Look.Muted));
                w.Text(row, "name", metric.Label, styles.Get(p.Period.Index == 0 ? Look.Key : Look.Plain));
                w.Text(row, "period", p.Period.Label, styles.Get(Look.Plain));
                w.Date(row, "end", p.Period.End, styles.Get(Look.Plain, NumberFormats.Date));
                w.Number(row, "plan", p.Plan, styles.Get(Look.Formula, NumberFormats.For(unit, l)));
                w.Number(row, "actual", p.Actual is not null && p.Source == ActualSource.Given ? p.Actual : null, styles.Get(Look.Input, NumberFormats.For(unit, l)));
                var (plan_, actual) = (w.At("plan", row), w.At("actual", row));
                var ratio = down ? $"{plan_}/{actual}" : $"{actual}/{plan_}";
                w.Formula(row, "attainment", $"IF({actual}=\"\",\"\",IFERROR({ratio},\"\"))", styles.Get(Look.Formula, NumberFormats.Percent));
                if (!quantity) continue;
                w.Formula(row, "cumulative_plan", $"SUM({Abs(w.At("plan", first))}:{plan_})", styles.Get(Look.Formula, NumberFormats.For(unit, l)));
                w.Formula(row, "cumulative_actual", $"IF({actual}=\"\",\"\",SUM({Abs(w.At("actual", first))}:{actual}))", styles.Get(Look.Formula, NumberFormats.For(unit, l)));
                var (cp, ca) = (w.At("cumulative_plan", row), w.At("cumulative_actual", row));
                w.Formula(row, "pace", $"IF({ca}=\"\",\"\",IFERROR({(down ? $"{cp}/{ca}" : $"{ca}/{cp}")},\"\"))", styles.Get(Look.Formula, NumberFormats.Percent));
            }
        }
        return w;
    }

    // E4 → E$4: the running total starts at the metric's first period wherever it is copied.
    static string Abs(string cell)
    {
        var i = 0;
        while (i < cell.Length && char.IsLetter(cell[i])) i++;
        return cell[..i] + "$" + cell[i..];
    }
}
