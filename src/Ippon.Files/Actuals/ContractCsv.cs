using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Periods;
using Ippon.Plans;
using Ippon.Review;

namespace Ippon.Files.Actuals;

/// <summary>The contract's actuals CSV: a header <c>period,metric,value</c> (any order, extra columns ignored), then one row per period and metric.</summary>
/// <remarks>An optional <c>member</c> column gives the member (rep 田中) of a metric over dimensions; rows without one are the whole metric's.</remarks>
sealed class ContractCsv(string file, Plan plan, PeriodCalendar calendar)
{
    readonly List<InputError> _errors = [];

    // Millions of rows name the same dozen periods and the same reps: each distinct text is kept once, not once per row.
    readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    string Pool(string text)
    {
        if (_strings.TryGetValue(text, out var kept)) return kept;
        _strings[text] = text;
        return text;
    }

    public ActualsReadResult Read(ImmutableArray<CsvField> header, IEnumerable<ImmutableArray<CsvField>> records, List<string> names)
    {
        var (pi, mi, vi, wi) = (names.IndexOf("period"), names.IndexOf("metric"), names.IndexOf("value"), names.IndexOf("member"));
        var needed = Math.Max(pi, Math.Max(mi, vi)) + 1;
        var model = PlanModel.Build(plan);
        var kinds = model.Kinds;
        var rows = ImmutableArray.CreateBuilder<Actual>();
        var coverage = new ActualsCoverage();
        var qualityPeriods = new Dictionary<(int Period, string Metric, string Member), (int Line, string Label)>();
        foreach (var record in records)
        {
            var line = record[0].Line;
            if (record.Length < needed)
            {
                Error(line, record[^1].Column, $"値が {record.Length} 個しかありません。{string.Join(",", names)} の {names.Count} 個が必要です",
                    $"expected {names.Count} values ({string.Join(",", names)}), found {record.Length}");
                continue;
            }
            if (record.Length > names.Count)
            {
                _errors.Add(new InputError(file, line, record[0].Column, ActualsReader.TooManyValues(names.Count, record.Length)));
                continue;
            }
            var (periodField, metricField, valueField) = (record[pi], record[mi], record[vi]);
            var metric = plan.Find(metricField.Value);
            if (metric is null)
            {
                var suggestion = ActualsReader.Suggest(metricField.Value, plan);
                Error(metricField, metricField.Value.Length == 0
                    ? new Message("指標IDが空です", "the metric is empty; expected a metric id of the plan")
                    : new Message(
                        $"'{NumberText.Clip(metricField.Value)}' という指標は計画にありません{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}",
                        $"no metric '{NumberText.Clip(metricField.Value)}' in the plan{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}"));
            }
            var resolved = calendar.Resolve(periodField.Value);
            var span = resolved.Value;
            foreach (var error in resolved.Errors) Error(periodField, error.Message);
            if (span is not null && !span.IsSinglePeriod)
            {
                Error(periodField, new Message(
                    $"期間 '{NumberText.Clip(periodField.Value)}' は {span.First.Label}–{span.Last.Label} にまたがります。この計画の期間 ({calendar.Horizon.Period.ToString().ToLowerInvariant()}) ごと、またはそれより細かく書いてください",
                    $"period '{NumberText.Clip(periodField.Value)}' spans {span.First.Label}–{span.Last.Label}; give one row per {calendar.Horizon.Period.ToString().ToLowerInvariant()} of the plan (or per month)"));
            }
            if (metric is null || span is not { IsSinglePeriod: true }) continue;
            var member = wi >= 0 && wi < record.Length && record[wi].Value.Length > 0 ? Pool(record[wi].Value) : null;
            if (member is not null && ActualsMember.Refusal(model, metric, member) is { } notMember)
            {
                Error(record[wi], notMember);
                continue;
            }
            if (valueField.Value.Length == 0) continue;
            if (ActualsReader.Number(valueField.Value, metric, out var value) is { } bad)
            {
                Error(valueField, bad);
                continue;
            }
            if (coverage.Claim(metric.Id, member ?? "", span, line, Pool(periodField.Value)) is { } first)
            {
                var (label, same) = (periodField.Value, first.Label.Trim().Equals(periodField.Value.Trim(), StringComparison.OrdinalIgnoreCase));
                Error(periodField, same
                    ? new Message(
                        $"{label},{metric.Id} は {first.Line} 行目にもあります。1つにまとめてください",
                        $"{label},{metric.Id} is given twice (also on line {first.Line}); keep one row")
                    : new Message(
                        $"{label},{metric.Id} は {first.Line} 行目の {first.Label} と同じ期間を数えています (同じ月の別の書き方か、月とそれを含む四半期の両方)。どちらか1行にしてください",
                        $"{label},{metric.Id} counts time that {first.Label} on line {first.Line} already counts (one month written two ways, or months and the quarter holding them both given); keep one"));
                continue;
            }
            var period = span.First!;
            if (kinds[plan.Metrics.IndexOf(metric)] == MetricKind.Quality)
            {
                if (qualityPeriods.TryGetValue((period.Index, metric.Id, member ?? ""), out var other))
                {
                    Error(periodField, new Message(
                        $"{metric.Id} は率や単価 (質の指標) なので1期間に1つの値です。{other.Line} 行目の {other.Label} と同じ {period.Label} に入ります",
                        $"{metric.Id} is a quality metric (a rate or unit price): give one value per period; {periodField.Value} falls in {period.Label} like {other.Label} on line {other.Line}"));
                    continue;
                }
                qualityPeriods[(period.Index, metric.Id, member ?? "")] = (line, periodField.Value);
            }
            rows.Add(new Actual(metric.Id, period.Index, value)
            {
                Member = member,
                Label = Pool(periodField.Value),
                Location = new SourceLocation(valueField.Line, valueField.Column),
            });
        }
        if (_errors.Count > 0) return new ActualsReadResult(null, [.. _errors], []);
        if (rows.Count == 0)
        {
            return ActualsReadResult.Fail(new InputError(file, header[0].Line, 1, new Message(
                "見出しの後に実績の行がありません (例: Q1,leads,200)",
                "no actuals after the header; expected rows such as Q1,leads,200")));
        }
        return new ActualsReadResult(new Ippon.Review.Actuals(rows.ToImmutable()) { Source = file }, [], []);
    }

    void Error(CsvField field, Message message) => _errors.Add(new InputError(file, field.Line, field.Column, message));

    void Error(int line, int column, string ja, string en) => _errors.Add(new InputError(file, line, column, new Message(ja, en)));
}
