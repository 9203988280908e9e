using Ippon.Numbers;

namespace Ippon.Optimize;

/// <summary>The optimizer's answer in one or two sentences, for the terminal, the page and the approval document alike.</summary>
public static class OptimizeSummary
{
    public static Message Of(OptimizeResult r)
    {
        var currency = r.Plan.Currency;
        string Money(decimal v, Language l) => Formatter.Money(v, currency, l);
        return r.Status switch
        {
            SolveStatus.Unsupported => r.Error ?? new Message("最適化できません", "the plan cannot be optimized"),
            SolveStatus.TimedOut => new Message("制限時間内に組み合わせが見つかりませんでした", "no mix was found within the time limit"),
            SolveStatus.Infeasible => new Message(l =>
            {
                var fixes = r.Fixes.Where(f => f.Kind != "kgi").Select(f => f.Sentence.In(l)).ToList();
                var kgi = r.Fixes.FirstOrDefault(f => f.Kind == "kgi")?.Sentence.In(l);
                var head = l.T("どの組み合わせでも、KPIをすべて満たしつつチームの時間・上限に収まりません。", "no mix covers every KPI within the teams' hours and the bounds. ");
                var fix = fixes.Count == 0 ? "" : l.T($"最小の修正: {string.Join("、または", fixes)}。", $"The smallest fix: {string.Join(", or ", fixes)}. ");
                return (head + fix + (kgi is null ? "" : l.T(kgi + "。", char.ToUpperInvariant(kgi[0]) + kgi[1..] + "."))).Trim();
            }),
            _ => new Message(l =>
            {
                var proven = r.Status == SolveStatus.Optimal ? "" : l.T(" (制限時間内の最良。最適とは証明されていません)", " (the best found in the time limit, not proven optimal)");
                return r.Objective switch
                {
                    Objective.Kgi => l.T($"{Money(r.OptimalCost ?? 0, l)} で KGI は {Formatter.Format(r.OptimalKgi, r.Plan.Kgi?.Unit ?? Plans.Unit.Number, l)} (今の組み合わせでは {Formatter.Format(r.CurrentKgi, r.Plan.Kgi?.Unit ?? Plans.Unit.Number, l)}){proven}", $"for {Money(r.OptimalCost ?? 0, l)} the KGI reaches {Formatter.Format(r.OptimalKgi, r.Plan.Kgi?.Unit ?? Plans.Unit.Number, l)} ({Formatter.Format(r.CurrentKgi, r.Plan.Kgi?.Unit ?? Plans.Unit.Number, l)} with the current mix){proven}"),
                    Objective.Hours => l.T($"KPIをすべて満たす最少の工数は {Formatter.Hours(r.OptimalHours ?? 0, l)} (今の組み合わせでは {Formatter.Hours(r.CurrentHours, l)}){proven}", $"the fewest hours that cover every KPI: {Formatter.Hours(r.OptimalHours ?? 0, l)} ({Formatter.Hours(r.CurrentHours, l)} with the current mix){proven}"),
                    _ => l.T($"KPIをすべて満たす最小の費用は {Money(r.OptimalCost ?? 0, l)} (今の組み合わせでは {Money(r.CurrentCost, l)}、差額 {Money(r.CurrentCost - (r.OptimalCost ?? 0), l)}){proven}", $"the least cost that covers every KPI: {Money(r.OptimalCost ?? 0, l)} ({Money(r.CurrentCost, l)} with the current mix, {Money(r.CurrentCost - (r.OptimalCost ?? 0), l)} less){proven}"),
                };
            }),
        };
    }
}
