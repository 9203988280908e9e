using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Periods;
using Ippon.Plans;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ippon.Files.Plans;

/// <summary>Reads a plan file (YAML, UTF-8) into a <see cref="Plan"/>, reporting every problem with its line and column.</summary>
/// <remarks>
/// The YAML is loaded as a node tree (YamlDotNet's representation model) rather than deserialised into classes, so
/// that each value keeps its position: an unknown key, a bad number or a formula error points at the exact place,
/// and unknown keys get the nearest valid one as a suggestion. All errors are collected, not just the first.
/// </remarks>
public sealed partial class PlanReader
{
    /// <summary>Plan files above this size are refused (member values belong in a CSV).</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of lists and mappings (indentation, <c>-</c>, <c>[ ]</c>, <c>{ }</c> together) a plan file may have.</summary>
    /// <remarks>
    /// The deepest plan the contract describes nests 5 levels (a dimension's members' values); 64 is far above any
    /// real plan and far below what overflows a stack. Checked on the parser's events (<see cref="GuardedYamlParser"/>).
    /// </remarks>
    public const int MaxDepth = 64;

    /// <summary>The largest <c>checks: max_kpis_per_owner</c>: far above the method's 3, within a whole number's range.</summary>
    public const int MaxKpisPerOwner = 1_000_000;

    static readonly string[] s_planKeys =
        ["plan", "vision", "currency", "author", "horizon", "phasing", "checks", "metrics", "actions", "scenarios", "dimensions", "revisions", "crm", "description", "teams", "forecast"];

    static readonly string[] s_metricKeys =
        ["name", "reading", "role", "formula", "value", "target", "unit", "kind", "owner", "deadline", "direction", "phasing", "note", "by", "values", "targets", "allocate", "range", "confidence", "variability"];

    static readonly string[] s_actionKeys =
        ["name", "owner", "drives", "per_unit", "due", "capacity", "volume", "share", "unit", "note", "team", "hours_per_unit", "cost_per_unit", "min", "max"];

    readonly string _file;
    readonly string? _directory; // null: the text may not name files (ParseWithoutFiles)
    readonly List<InputError> _errors = [];
    bool _horizonBroken;
    string[] _lines = [];
    DimensionReader? _dimensions;

    PlanReader(string file, string? directory)
    {
        _file = file;
        _directory = directory;
    }

    /// <summary>Reads the plan file at <paramref name="path"/>.</summary>
    public static PlanReadResult ReadFile(string path)
    {
        var read = TextFile.Read(path, MaxBytes, "plan (YAML)", new Message("メンバーの値はCSVに分けてください", "move member values into a CSV"));
        if (!read.Success) return new PlanReadResult(null, read.Errors);
        return Parse(read.Value, path, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Reads a plan from YAML text; <paramref name="file"/> names it in error messages.</summary>
    /// <param name="directory">Where relative paths in the plan (a dimension's CSV) are resolved; the current directory by default.</param>
    public static PlanReadResult Parse(string yaml, string file = "plan.yaml", string? directory = null) =>
        Read(yaml, file, directory ?? Directory.GetCurrentDirectory());

    /// <summary>
    /// Reads a plan that came as text from someone else (the web page, the API): it may not name files, so a
    /// dimension's <c>from:</c> CSV is refused at its position instead of being opened on the server (a plan could
    /// otherwise read any file the server can, and quote its first line in the error).
    /// </summary>
    public static PlanReadResult ParseWithoutFiles(string yaml, string file = "plan.yaml") => Read(yaml, file, null);

    static PlanReadResult Read(string yaml, string file, string? directory)
    {
        var reader = new PlanReader(file, directory);
        var plan = reader.Read(yaml);
        return new PlanReadResult(reader._errors.Count == 0 ? plan : null, [.. reader._errors]);
    }

    Plan? Read(string yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            Error(0, 0, "ファイルが空です。計画を書くか `ippon init` でひな形を作ってください",
                "the file is empty; expected a plan (run `ippon init` to create one)");
            return null;
        }
        // The same limit as a file's, for text that comes another way (the web's editor and API).
        if (yaml.Length > MaxBytes / 3 && System.Text.Encoding.UTF8.GetByteCount(yaml) is var bytes && bytes > MaxBytes)
        {
            Error(0, 0, $"計画が大きすぎます ({bytes / 1_048_576.0:0.#} MB、上限 {MaxBytes / 1_048_576} MB)。メンバーの値はCSVに分けてください",
                $"the plan is {bytes / 1_048_576.0:0.#} MB, above the {MaxBytes / 1_048_576} MB limit for a plan; move member values into a CSV");
            return null;
        }
        _lines = yaml.Split('\n');
        var stream = new YamlStream();
        var parser = new GuardedYamlParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlLimitException e)
        {
            Error((int)e.Start.Line, (int)e.Start.Column, e.Limit.In(Language.Ja), e.Limit.In(Language.En));
            return null;
        }
        catch (YamlException e)
        {
            if (TabIndent() is { } tab)
            {
                Error(tab.Line, tab.Column, "タブで字下げされています。YAML の字下げはスペースで書いてください",
                    "YAML syntax error: a tab indents this line; indent with spaces");
                return null;
            }
            var (line, column) = ((int)e.Start.Line, (int)e.Start.Column);
            if (line >= 1 && line <= _lines.Length && _lines[line - 1].IndexOf(':', StringComparison.Ordinal) > 1024)
            {
                // YAML reads a key of at most 1,024 characters; longer, it says "mapping values are not allowed".
                var indent = _lines[line - 1].Length - _lines[line - 1].TrimStart().Length;
                Error(line, indent + 1, $"キーが長すぎます (YAML のキーは 1,024 文字まで)。ID は {Ids.MaxLength} 文字以内にしてください",
                    $"a key longer than YAML's 1,024 characters; ids have at most {Ids.MaxLength} characters");
                return null;
            }
            var detail = CleanYamlMessage(e);
            Error(line, column, $"YAML の書式エラー: {detail}", $"YAML syntax error: {detail}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet gives up without a position on some broken input: its scanner on a line or paragraph separator
            // (U+2028, U+2029, U+0085, which YAML counts as line breaks) or a # comment inside { }, and its node
            // builder on an event it does not expect (ArgumentException "unsupported type": a tab before an empty
            // key, `\t: x`). A tab that indents a line is the likely cause and has a place of its own.
            if (TabIndent() is { } tab)
            {
                Error(tab.Line, tab.Column, "タブで字下げされています。YAML の字下げはスペースで書いてください",
                    "YAML syntax error: a tab indents this line; indent with spaces");
                return null;
            }
            // Otherwise the place is after the last event the parser produced.
            var after = (int)parser.LastEnd.Index;
            var separator = yaml.IndexOfAny(['\u2028', '\u2029', '\u0085'], Math.Min(after, yaml.Length));
            if (separator >= 0 && yaml.AsSpan(after, separator - after).Count('\n') <= 1)
            {
                var (sl, sc) = LineAndColumn(yaml, separator);
                Error(sl, sc, $"YAML の書式エラー: {{ }} や [ ] の中に改行扱いの文字 (U+{(int)yaml[separator]:X4}) があります。消すか、値を引用符で囲んでください",
                    $"YAML syntax error: a character YAML reads as a line break (U+{(int)yaml[separator]:X4}) inside {{ }} or [ ]; remove it or quote the value");
                return null;
            }
            var (line, column) = parser.LastEnd.Line > 0 ? ((int)parser.LastEnd.Line, (int)parser.LastEnd.Column) : (1, 1);
            Error(line, column, "YAML の書式エラー: この後が読み取れません。{ } の中の # コメントや閉じ忘れがないか確認してください",
                "YAML syntax error: what follows cannot be read; check for a # comment inside { } or an unclosed bracket");
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            Error(0, 0, "ファイルにコメントしかありません。計画を書くか `ippon init` でひな形を作ってください",
                "the file holds only comments; expected a plan (run `ippon init` to create one)");
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            Error(node, "計画はキーと値の組 (plan:, metrics: など) で書いてください",
                "expected a mapping with keys such as plan: and metrics:");
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            Error(stream.Documents[1].RootNode, "1ファイルに1つの計画を書いてください (--- で区切られた2つ目の文書があります)",
                "expected one plan per file; found a second YAML document after ---");
        }

        var keys = Keys(root, s_planKeys, "計画", "the plan");
        var title = keys.TryGetValue("plan", out var t) ? String(t) : null;
        if (title is null)
        {
            Error(root, "plan: (計画の名前) がありません", "missing plan: (the plan's title)");
            title = "";
        }
        var dimensions = keys.TryGetValue("dimensions", out var dn) ? ReadDimensions(dn) : [];
        var plan = new Plan
        {
            Title = title,
            Vision = keys.TryGetValue("vision", out var v) ? String(v) : null,
            Author = keys.TryGetValue("author", out var au) ? String(au) : null,
            Currency = keys.TryGetValue("currency", out var c) ? Currency(c) : "JPY",
            Horizon = keys.TryGetValue("horizon", out var h) ? ReadHorizon(h) : null,
            Checks = keys.TryGetValue("checks", out var ch) ? ReadChecks(ch) : CheckSettings.Default,
            Dimensions = dimensions,
        };
        _horizonBroken = keys.ContainsKey("horizon") && plan.Horizon is null;
        if (keys.TryGetValue("forecast", out var fc)) plan = plan with { ForecastDefaults = ReadForecastDefaults(fc) };
        if (keys.TryGetValue("phasing", out var ph)) plan = plan with { Phasing = ReadPhasing(ph, plan.Horizon, "計画", "the plan") };
        var metrics = keys.TryGetValue("metrics", out var mn) ? JoinMemberColumns(ReadMetrics(mn, plan)) : [];
        if (!keys.ContainsKey("metrics"))
            Error(root, "metrics: (指標) がありません", "missing metrics: (the plan's numbers)");
        var teams = keys.TryGetValue("teams", out var tn) ? ReadTeams(tn) : [];
        var actions = keys.TryGetValue("actions", out var an) ? ReadActions(an, teams) : [];
        var scenarios = keys.TryGetValue("scenarios", out var sn) ? ReadScenarios(sn, metrics) : [];
        var revisions = keys.TryGetValue("revisions", out var rn) ? ReadRevisions(rn) : [];
        var crm = keys.TryGetValue("crm", out var cr) ? ReadCrm(cr, metrics) : null;
        return MetricNames.Resolve(plan with { Metrics = metrics, Teams = teams, Actions = actions, Scenarios = scenarios, Revisions = revisions, Crm = crm, DimensionColumns = _dimensions?.Columns() ?? [] });
    }

    // ----- metrics -----

    ImmutableArray<Metric> ReadMetrics(YamlNode node, Plan plan)
    {
        if (node is not YamlMappingNode map)
        {
            Error(node, "metrics: は「ID: 指標」の組で書いてください", "expected metrics: as a mapping of id: metric");
            return [];
        }
        var result = ImmutableArray.CreateBuilder<Metric>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var id = Id(keyNode, "指標", "metric");
            if (id is null) continue;
            if (valueNode is not YamlMappingNode body)
            {
                Error(valueNode, $"指標 {id} は name:, formula: などのキーで書いてください",
                    $"expected metric {id} as a mapping with keys such as name: and formula:");
                continue;
            }
            var metric = ReadMetric(id, keyNode, body, plan);
            if (metric is not null) result.Add(metric);
        }
        return result.ToImmutable();
    }

    Metric? ReadMetric(string id, YamlNode idNode, YamlMappingNode body, Plan plan)
    {
        var keys = Keys(body, s_metricKeys, $"指標 {id}", $"metric {id}");
        Formula? formula = null;
        if (keys.TryGetValue("formula", out var fn) && Scalar(fn, "formula", "式") is { } text)
        {
            var parsed = Formula.Parse(text);
            foreach (var error in parsed.Errors)
            {
                var (line, column) = Position(fn, (error.Column ?? 1) - 1);
                Error(line, column, $"{id} の式: {error.Message.In(Language.Ja)}", $"formula of {id}: {error.Message.In(Language.En)}");
            }
            formula = parsed.Value;
        }
        var unit = keys.TryGetValue("unit", out var un) && Scalar(un, "unit", "単位") is { } u ? Unit.Parse(u) : Unit.Number;
        if (unit.Kind == UnitKind.Number && keys.TryGetValue("unit", out _) is false && LooksLikeMoney(keys)) unit = Unit.Currency(plan.Currency);
        var value = keys.TryGetValue("value", out var vn) ? Number(vn) : null;
        if (formula is not null && value is not null)
        {
            Error(vn, $"{id} には式 (formula) と値 (value) の両方があります。計算する指標なら value を、入力値なら formula を消してください",
                $"{id} has both a formula and a value; remove value for a computed metric, or formula for an input");
        }
        var by = keys.TryGetValue("by", out var bn) ? Names(bn, "by") : [];
        foreach (var d in by)
        {
            if (plan.FindDimension(d) is null && _dimensions?.Failed.Contains(d) != true)
            {
                Error(bn, $"{id} の by: '{d}' という次元はありません (dimensions: に定義してください)",
                    $"{id} is by '{d}', which is not a dimension; declare it under dimensions:");
            }
        }
        return new Metric
        {
            Id = id,
            Name = keys.TryGetValue("name", out var nn) ? Name(nn) : null,
            Reading = keys.TryGetValue("reading", out var rdn) ? String(rdn) : null,
            Role = keys.TryGetValue("role", out var rn) ? Enum<MetricRole>(rn, "role", ["kgi", "ksf", "kpi"]) : null,
            Formula = formula,
            Value = value,
            Target = keys.TryGetValue("target", out var tn) ? Number(tn) : null,
            Unit = unit,
            Kind = keys.TryGetValue("kind", out var kn) ? Enum<MetricKind>(kn, "kind", ["quantity", "quality"]) : null,
            Owner = keys.TryGetValue("owner", out var on) ? String(on) : null,
            Deadline = keys.TryGetValue("deadline", out var dn) ? Date(dn) : null,
            Direction = keys.TryGetValue("direction", out var drn) ? Enum<Direction>(drn, "direction", ["up", "down"]) ?? Direction.Up : Direction.Up,
            Phasing = keys.TryGetValue("phasing", out var pn) ? ReadPhasing(pn, plan.Horizon, $"指標 {id}", $"metric {id}") : [],
            Note = keys.TryGetValue("note", out var non) ? String(non) : null,
            Uncertainty = ReadUncertainty(id, keys, unit, value),
            By = by,
            MemberValues = keys.TryGetValue("values", out var mv) ? MemberNumbers(mv, id, "values") : ImmutableDictionary<string, decimal>.Empty,
            MemberTargets = keys.TryGetValue("targets", out var mt) ? MemberNumbers(mt, id, "targets") : ImmutableDictionary<string, decimal>.Empty,
            Allocation = keys.TryGetValue("allocate", out var al) ? ReadAllocation(al) : null,
            Location = new SourceLocation((int)idNode.Start.Line, (int)idNode.Start.Column),
        };
    }

    // A metric written with a money amount such as 200万円 and no unit is money in the plan's currency.
    static bool LooksLikeMoney(Dictionary<string, YamlNode> keys) =>
        new[] { "value", "target" }.Any(k => keys.TryGetValue(k, out var n) && n is YamlScalarNode s
                                            && s.Value is { } v && (v.EndsWith('円') || v.EndsWith("JPY", StringComparison.OrdinalIgnoreCase)));

    Allocation? ReadAllocation(YamlNode node)
    {
        if (node is YamlScalarNode s)
        {
            switch (s.Value)
            {
                case "even": return Allocation.Even;
                case "planned": return Allocation.Planned;
                default:
                    Error(node, $"allocate: は even, planned, {{weights: ...}}, {{by: 指標ID}} のいずれかです ('{s.Value}')",
                        $"expected allocate: even, planned, {{weights: ...}} or {{by: metric}}, found '{s.Value}'");
                    return null;
            }
        }
        var keys = Keys(node, ["weights", "by"], "allocate", "allocate");
        if (keys.TryGetValue("weights", out var w)) return new Allocation(AllocationMethod.Weights, MemberNumbers(w, "allocate", "weights"));
        if (keys.TryGetValue("by", out var b) && String(b) is { } metric)
            return new Allocation(AllocationMethod.ByMetric, ImmutableDictionary<string, decimal>.Empty, metric);
        return null;
    }

    ImmutableDictionary<string, decimal> MemberNumbers(YamlNode node, string id, string key)
    {
        if (node is not YamlMappingNode map)
        {
            Error(node, $"{id} の {key}: は「メンバー: 数値」の組で書いてください", $"expected {key}: of {id} as a mapping of member: number");
            return ImmutableDictionary<string, decimal>.Empty;
        }
        var result = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            if (String(k) is not { } member || Number(v) is not { } n) continue;
            result[member] = n;
        }
        return result.ToImmutable();
    }

    // ----- actions -----

    ImmutableArray<Team> ReadTeams(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Error(node, "teams: は「ID: チーム」の組で書いてください", "expected teams: as a mapping of id: team");
            return [];
        }
        var result = ImmutableArray.CreateBuilder<Team>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            // Team ids are names, not formula ids: 営業部 is fine.
            var id = String(keyNode);
            if (string.IsNullOrWhiteSpace(id)) continue;
            var keys = Keys(valueNode, ["name", "people", "hours_per_day", "working_days", "total_hours", "members"], $"チーム {id}", $"team {id}");
            var team = new Team
            {
                Id = id,
                Name = keys.TryGetValue("name", out var nn) ? String(nn) : null,
                People = keys.TryGetValue("people", out var pn) ? NonNegative(pn, id, "people") : null,
                HoursPerDay = keys.TryGetValue("hours_per_day", out var hn) ? NonNegative(hn, id, "hours_per_day") : null,
                WorkingDays = keys.TryGetValue("working_days", out var dn) ? NonNegative(dn, id, "working_days") : null,
                TotalHours = keys.TryGetValue("total_hours", out var th) ? NonNegative(th, id, "total_hours") : null,
                Members = keys.TryGetValue("members", out var mn) ? Names(mn, "members") : [],
                Location = new SourceLocation((int)keyNode.Start.Line, (int)keyNode.Start.Column),
            };
            if (team.Hours is null && valueNode is YamlMappingNode)
            {
                Error(valueNode, $"チーム {id} には people (または members), hours_per_day, working_days の3つ (または total_hours) が必要です",
                    $"team {id} needs people (or members), hours_per_day and working_days (or total_hours)");
            }
            result.Add(team);
        }
        return result.ToImmutable();
    }

    decimal? NonNegative(YamlNode node, string id, string key)
    {
        var n = Number(node);
        if (n < 0)
        {
            Error(node, $"{id} の {key} がマイナスです ({n})。0 以上の数を書いてください", $"{key} of {id} is negative ({n}); expected a number of at least 0");
            return null;
        }
        return n;
    }

    ImmutableArray<ActionPlan> ReadActions(YamlNode node, ImmutableArray<Team> teams)
    {
        if (node is not YamlMappingNode map)
        {
            Error(node, "actions: は「ID: アクション」の組で書いてください", "expected actions: as a mapping of id: action");
            return [];
        }
        var result = ImmutableArray.CreateBuilder<ActionPlan>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var id = Id(keyNode, "アクション", "action");
            if (id is null) continue;
            if (valueNode is not YamlMappingNode body)
            {
                Error(valueNode, $"アクション {id} は name:, drives: などのキーで書いてください",
                    $"expected action {id} as a mapping with keys such as name: and drives:");
                continue;
            }
            var keys = Keys(body, s_actionKeys, $"アクション {id}", $"action {id}");
            var drives = keys.TryGetValue("drives", out var dn) ? String(dn) : null;
            if (drives is null) Error(body, $"アクション {id} に drives: (動かす指標のID) がありません", $"action {id} has no drives: (the id of the metric it produces)");
            var perUnit = keys.TryGetValue("per_unit", out var pn) ? Number(pn) : null;
            var volume = keys.TryGetValue("volume", out var vn) ? Number(vn) : null;
            // (A per_unit or volume that is written but unreadable has its own error already.)
            if (!keys.ContainsKey("per_unit") && !keys.ContainsKey("volume"))
            {
                Error(body, $"アクション {id} に per_unit: (1回あたりに生む {drives} の数、例: 1%) か volume: (実施量) が必要です",
                    $"action {id} needs per_unit: (units of {drives} one unit of action produces, e.g. 1%) or volume:");
            }
            string? team = null;
            if (keys.TryGetValue("team", out var tn) && String(tn) is { } t)
            {
                team = t;
                if (!teams.Any(x => x.Id == t))
                {
                    var suggestion = PlanModel.Suggest(t, teams.Select(x => x.Id));
                    Error(tn, $"アクション {id} の team: '{t}' というチームはありません (teams: に定義してください){(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}",
                        $"action {id} has team '{t}', which is not declared under teams:{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}");
                }
            }
            var min = keys.TryGetValue("min", out var mi) ? NonNegative(mi, id, "min") : null;
            var max = keys.TryGetValue("max", out var ma) ? NonNegative(ma, id, "max") : null;
            if (min is { } lo && max is { } hi && lo > hi)
                Error(ma, $"アクション {id} の max ({hi}) が min ({lo}) より小さくなっています", $"max of action {id} ({hi}) is below its min ({lo})");
            result.Add(new ActionPlan
            {
                Id = id,
                Team = team,
                HoursPerUnit = keys.TryGetValue("hours_per_unit", out var hp) ? NonNegative(hp, id, "hours_per_unit") : null,
                CostPerUnit = keys.TryGetValue("cost_per_unit", out var cp) ? NonNegative(cp, id, "cost_per_unit") : null,
                Min = min,
                Max = max,
                Name = keys.TryGetValue("name", out var nn) ? Name(nn) : null,
                Owner = keys.TryGetValue("owner", out var on) ? String(on) : null,
                Drives = drives ?? "",
                PerUnit = perUnit,
                Due = keys.TryGetValue("due", out var du) ? Date(du) : null,
                Capacity = keys.TryGetValue("capacity", out var cn) ? ReadCapacity(cn, id) : null,
                Volume = volume,
                Share = keys.TryGetValue("share", out var sh) ? Number(sh) : null,
                Unit = keys.TryGetValue("unit", out var un) && String(un) is { } u ? Unit.Parse(u) : Unit.Count,
                Note = keys.TryGetValue("note", out var no) ? String(no) : null,
                Location = new SourceLocation((int)keyNode.Start.Line, (int)keyNode.Start.Column),
            });
        }
        return result.ToImmutable();
    }

    Capacity? ReadCapacity(YamlNode node, string id)
    {
        if (node is YamlScalarNode) return Number(node) is { } n ? Capacity.Of(n) : null;
        var keys = Keys(node, ["people", "per_person_per_day", "working_days", "per_person_per_week", "weeks", "per_person_per_month", "months", "total"],
            $"{id} の capacity", $"capacity of {id}");
        var total = keys.TryGetValue("total", out var t) ? Number(t) : null;
        var people = keys.TryGetValue("people", out var p) ? Number(p) : null;
        (string Pace, string Time, CapacityPeriod Per)[] forms =
            [("per_person_per_day", "working_days", CapacityPeriod.Day), ("per_person_per_week", "weeks", CapacityPeriod.Week), ("per_person_per_month", "months", CapacityPeriod.Month)];
        var used = forms.Where(f => keys.ContainsKey(f.Pace) || keys.ContainsKey(f.Time)).ToList();
        if (used.Count > 1)
        {
            Error(node, $"{id} の capacity は日・週・月のどれか一つの単位で書いてください", $"capacity of {id} mixes days, weeks and months; use one");
            return null;
        }
        var form = used.Count == 1 ? used[0] : forms[0];
        var pace = keys.TryGetValue(form.Pace, out var pn) ? Number(pn) : null;
        var time = keys.TryGetValue(form.Time, out var tn) ? Number(tn) : null;
        if (total is null && !keys.ContainsKey("total") && !(keys.ContainsKey("people") && keys.ContainsKey(form.Pace) && keys.ContainsKey(form.Time)))
        {
            Error(node, $"{id} の capacity には people, {form.Pace}, {form.Time} の3つ (または total) が必要です",
                $"capacity of {id} needs people, {form.Pace} and {form.Time} (or total)");
        }
        var capacity = new Capacity { People = people, PerPerson = pace, Periods = time, Per = form.Per, Total = total };
        if (total is null && people is { } a && pace is { } b && time is { } c && !WithinRange(a, b, c))
        {
            var range = NumberText.RangeText;
            Error(node, $"out-of-range: {id} の capacity: people × {form.Pace} × {form.Time} が扱える範囲 ({range.In(Language.Ja)}) を超えます",
                $"out-of-range: capacity of {id}: people × {form.Pace} × {form.Time} is outside the supported range ({range.In(Language.En)})");
            return null;
        }
        return capacity;
    }

    // Whether a × b × c stays within the range of a written number (and so of exact arithmetic).
    static bool WithinRange(decimal a, decimal b, decimal c)
    {
        try
        {
            return Math.Abs(a * b * c) <= NumberText.MaxMagnitude;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    // ----- scenarios, horizon, checks, revisions, dimensions -----

    ImmutableArray<Scenario> ReadScenarios(YamlNode node, ImmutableArray<Metric> metrics)
    {
        if (node is not YamlMappingNode map)
        {
            Error(node, "scenarios: は「名前: {指標ID: 値}」の組で書いてください", "expected scenarios: as a mapping of name: {metric: value}");
            return [];
        }
        var result = ImmutableArray.CreateBuilder<Scenario>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (String(keyNode) is not { } name) continue;
            if (valueNode is not YamlMappingNode body)
            {
                Error(valueNode, $"シナリオ {name} は「指標ID: 値」の組で書いてください", $"expected scenario {name} as a mapping of metric: value");
                continue;
            }
            var overrides = ImmutableArray.CreateBuilder<ScenarioOverride>();
            string? description = null;
            foreach (var (mk, mv) in body.Children)
            {
                if (String(mk) is not { } metricId) continue;
                if (metricId == "description")
                {
                    description = String(mv);
                    continue;
                }
                var metric = metrics.FirstOrDefault(m => m.Id == metricId);
                if (metric is null)
                {
                    var suggestion = PlanModel.Suggest(metricId, metrics.Select(m => m.Id));
                    Error(mk, $"シナリオ {name}: '{metricId}' という指標はありません{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}",
                        $"scenario {name}: no metric '{metricId}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}");
                    continue;
                }
                if (mv is YamlMappingNode pair)
                {
                    var k = Keys(pair, ["value", "target"], $"シナリオ {name} の {metricId}", $"{metricId} in scenario {name}");
                    overrides.Add(new ScenarioOverride(metricId,
                        k.TryGetValue("value", out var v) ? Number(v) : null,
                        k.TryGetValue("target", out var t) ? Number(t) : null));
                }
                else if (Number(mv) is { } n)
                {
                    overrides.Add(ScenarioOverride.Of(metric, n));
                }
            }
            result.Add(new Scenario(name, overrides.ToImmutable()) { Description = description });
        }
        return result.ToImmutable();
    }

    Horizon? ReadHorizon(YamlNode node)
    {
        var keys = Keys(node, ["start", "end", "period"], "horizon", "horizon");
        var start = keys.TryGetValue("start", out var s) ? Date(s) : null;
        var end = keys.TryGetValue("end", out var e) ? Date(e) : null;
        var period = keys.TryGetValue("period", out var p) ? Enum<PeriodKind>(p, "period", ["month", "quarter", "half", "year"]) ?? PeriodKind.Quarter : PeriodKind.Quarter;
        if (start is null || end is null)
        {
            Error(node, "horizon: には start: と end: (YYYY-MM-DD) が必要です", "horizon: needs start: and end: (YYYY-MM-DD)");
            return null;
        }
        if (end < start)
        {
            Error(node, $"horizon の end ({end:yyyy-MM-dd}) が start ({start:yyyy-MM-dd}) より前です", $"horizon end ({end:yyyy-MM-dd}) is before its start ({start:yyyy-MM-dd})");
            return null;
        }
        return new Horizon(start.Value, end.Value, period);
    }

    CheckSettings ReadChecks(YamlNode node)
    {
        var keys = Keys(node, ["max_kpis_per_owner"], "checks", "checks");
        if (!keys.TryGetValue("max_kpis_per_owner", out var m) || Number(m) is not { } n) return CheckSettings.Default;
        if (n < 1 || n != decimal.Truncate(n) || n > MaxKpisPerOwner)
        {
            Error(m, $"max_kpis_per_owner は 1 以上 {MaxKpisPerOwner:#,0} 以下の整数です", $"max_kpis_per_owner must be a whole number from 1 to {MaxKpisPerOwner:#,0}");
            return CheckSettings.Default;
        }
        return new CheckSettings { MaxKpisPerOwner = (int)n };
    }

    ImmutableArray<Revision> ReadRevisions(YamlNode node)
    {
        if (node is not YamlSequenceNode seq)
        {
            Error(node, "revisions: はリスト (- date: ...) で書いてください", "expected revisions: as a list (- date: ...)");
            return [];
        }
        var result = ImmutableArray.CreateBuilder<Revision>();
        foreach (var item in seq.Children)
        {
            var keys = Keys(item, ["date", "reason", "period", "author", "changes"], "revision", "revision");
            var date = keys.TryGetValue("date", out var d) ? Date(d) : null;
            if (date is null)
            {
                Error(item, "revision には date: が必要です", "a revision needs a date:");
                continue;
            }
            var changes = ImmutableArray.CreateBuilder<RevisionChange>();
            if (keys.TryGetValue("changes", out var cn))
            {
                if (cn is YamlMappingNode cm)
                {
                    foreach (var (mk, mv) in cm.Children)
                    {
                        if (String(mk) is not { } metric) continue;
                        var ck = Keys(mv, ["field", "from", "to"], $"{metric} の変更", $"change of {metric}");
                        changes.Add(new RevisionChange(metric,
                            ck.TryGetValue("field", out var f) ? String(f) ?? "value" : "value",
                            ck.TryGetValue("from", out var fr) ? Number(fr) : null,
                            ck.TryGetValue("to", out var to) ? Number(to) : null));
                    }
                }
                else
                {
                    Error(cn, "changes: は「指標ID: {from:, to:}」の組で書いてください", "expected changes: as a mapping of metric: {from:, to:}");
                }
            }
            result.Add(new Revision(date.Value, keys.TryGetValue("reason", out var r) ? String(r) ?? "" : "", changes.ToImmutable())
            {
                Period = keys.TryGetValue("period", out var p) ? String(p) : null,
                Author = keys.TryGetValue("author", out var a) ? String(a) : null,
            });
        }
        return result.ToImmutable();
    }

    // crm: which columns of a CRM export hold the date, the stage and the amount, and what each stage counts toward.
    CrmMapping? ReadCrm(YamlNode node, ImmutableArray<Metric> metrics)
    {
        var keys = Keys(node, ["date", "stage", "stages", "ignore", "amount"], "crm", "crm");
        if (node is not YamlMappingNode) return null;
        string? Column(string key, string ja, string en)
        {
            if (keys.TryGetValue(key, out var n)) return String(n);
            Error(node, $"crm: に {key}: ({ja}の列名) がありません", $"crm: needs {key}: (the name of the column holding {en})");
            return null;
        }
        string? MetricId(YamlNode n)
        {
            if (String(n) is not { } id) return null;
            if (metrics.Any(m => m.Id == id)) return id;
            var suggestion = PlanModel.Suggest(id, metrics.Select(m => m.Id));
            Error(n, $"crm: '{id}' という指標はありません{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}",
                $"crm: no metric '{id}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}");
            return null;
        }
        var date = Column("date", "日付", "the date");
        var stage = Column("stage", "ステージ", "the stage");
        var stages = ImmutableArray.CreateBuilder<CrmStage>();
        if (keys.TryGetValue("stages", out var sn))
        {
            if (sn is YamlMappingNode sm)
            {
                foreach (var (k, v) in sm.Children)
                {
                    if (String(k) is not { } name) continue;
                    var ids = v is YamlSequenceNode seq ? seq.Children.Select(MetricId) : [MetricId(v)];
                    stages.Add(new CrmStage(name, [.. ids.OfType<string>()]));
                }
            }
            else
            {
                Error(sn, "crm: の stages: は「ステージ名: [指標ID, ...]」の組で書いてください (例: 受注: [leads, deals, orders])",
                    "expected crm: stages: as a mapping of stage: [metric, ...] (e.g. won: [leads, deals, orders])");
            }
        }
        else
        {
            Error(node, "crm: に stages: (ステージ → 数える指標) がありません", "crm: needs stages: (each stage and the metrics a row in it counts toward)");
        }
        var ignore = keys.TryGetValue("ignore", out var ig) ? Names(ig, "ignore") : [];
        string? amountColumn = null, amountMetric = null;
        ImmutableArray<string> amountStages = [];
        if (keys.TryGetValue("amount", out var an))
        {
            var ak = Keys(an, ["column", "to", "stages"], "crm: の amount", "crm: amount");
            amountColumn = ak.TryGetValue("column", out var ac) ? String(ac) : null;
            amountMetric = ak.TryGetValue("to", out var at) ? MetricId(at) : null;
            amountStages = ak.TryGetValue("stages", out var ast) ? Names(ast, "stages") : [];
            if (an is YamlMappingNode && (!ak.ContainsKey("column") || !ak.ContainsKey("to") || !ak.ContainsKey("stages")))
            {
                Error(an, "crm: の amount: には column: (金額の列名), to: (加算する指標), stages: (金額を数えるステージ、例: [受注]) が必要です",
                    "crm: amount: needs column: (the amount column), to: (the metric it adds to) and stages: (whose amounts count, e.g. [won])");
            }
            foreach (var s in amountStages.Where(s => stages.All(x => x.Name != s)))
            {
                Error(ast, $"crm: の amount: stages: の '{s}' は stages: にありません", $"crm: amount: stages: names '{s}', which is not under stages:");
            }
        }
        if (date is null || stage is null) return null;
        return new CrmMapping
        {
            DateColumn = date,
            StageColumn = stage,
            Stages = stages.ToImmutable(),
            Ignore = ignore,
            AmountColumn = amountColumn,
            AmountMetric = amountMetric,
            AmountStages = amountStages,
        };
    }

    // Phasing: one weight per period of the horizon, none negative, not all zero (a ramp-up is [1, 2, 3, 4]).
    ImmutableArray<decimal> ReadPhasing(YamlNode node, Horizon? horizon, string whereJa, string whereEn)
    {
        var weights = Numbers(node);
        if (weights.IsEmpty || node is not YamlSequenceNode seq) return [];
        if (horizon is null)
        {
            if (_horizonBroken) return [];
            Error(node, $"{whereJa} の phasing: には期間の区切り (horizon: の start, end, period) が必要です",
                $"phasing: of {whereEn} needs a horizon: (start, end, period) to say which periods the weights are for");
            return [];
        }
        var calendar = PeriodCalendar.Of(horizon);
        var labels = string.Join(", ", calendar.Periods.Select(p => p.Label));
        if (weights.Length != calendar.Count)
        {
            Error(node, $"{whereJa} の phasing: は重みが {weights.Length} 個ですが、計画期間は {calendar.Count} 期 ({labels}) です。1期に1つずつ重みを書いてください",
                $"phasing: of {whereEn} has {weights.Length} weights but the horizon has {calendar.Count} periods ({labels}); give one weight per period");
            return [];
        }
        var ok = true;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] >= 0) continue;
            Error(seq.Children[i], $"{whereJa} の phasing: の重み ({calendar.Periods[i].Label}) がマイナスです。0 以上の数にしてください",
                $"phasing: of {whereEn} has a negative weight for {calendar.Periods[i].Label}; expected 0 or more");
            ok = false;
        }
        if (ok && weights.Sum() == 0)
        {
            Error(node, $"{whereJa} の phasing: の重みがすべて 0 です", $"phasing: of {whereEn} has only zero weights; expected at least one above 0");
            ok = false;
        }
        return ok ? weights : [];
    }

    ImmutableArray<Ippon.Dimensions.Dimension> ReadDimensions(YamlNode node)
    {
        _dimensions = new DimensionReader(this, _directory);
        return _dimensions.Read(node);
    }

    // Member values and targets from a dimension's CSV join the metrics they name; inline values: in the plan win.
    ImmutableArray<Metric> JoinMemberColumns(ImmutableArray<Metric> metrics)
    {
        if (_dimensions is null || (_dimensions.Values.Count == 0 && _dimensions.Targets.Count == 0)) return metrics;
        foreach (var (id, column) in _dimensions.Values.Concat(_dimensions.Targets))
        {
            if (metrics.Any(m => m.Id == id)) continue;
            var suggestion = PlanModel.Suggest(id, metrics.Select(m => m.Id));
            Add(new InputError(column.File, column.Header.Line, column.Header.Column, new Message(
                $"列 '{column.Header.Value}' の指標 '{id}' は metrics: にありません{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}",
                $"column '{column.Header.Value}' names no metric '{id}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}")));
        }
        return [.. metrics.Select(m =>
        {
            var values = _dimensions.Values.GetValueOrDefault(m.Id);
            var targets = _dimensions.Targets.GetValueOrDefault(m.Id);
            if (values is null && targets is null) return m;
            var by = m.By.IsEmpty ? [(values ?? targets)!.Dimension] : m.By;
            return m with
            {
                By = by,
                MemberValues = values is null ? m.MemberValues : Merge(values.Values, m.MemberValues),
                MemberTargets = targets is null ? m.MemberTargets : Merge(targets.Values, m.MemberTargets),
            };
        })];
    }

    static ImmutableDictionary<string, decimal> Merge(Dictionary<string, decimal> fromCsv, ImmutableDictionary<string, decimal> inline)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        builder.AddRange(fromCsv);
        foreach (var (k, v) in inline) builder[k] = v;
        return builder.ToImmutable();
    }

    internal void Add(InputError error) => _errors.Add(error);

    // ----- scalars -----

    Dictionary<string, YamlNode> Keys(YamlNode node, string[] allowed, string whereJa, string whereEn)
    {
        if (node is not YamlMappingNode map)
        {
            var none = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            Error(node, $"{whereJa} はキーと値の組で書いてください (使えるキー: {string.Join(", ", allowed)})",
                $"expected {whereEn} as a mapping with keys {string.Join(", ", allowed)}");
            return none;
        }
        // Sized once: 100,000 metrics' keys grew 100,000 dictionaries step by step.
        var result = new Dictionary<string, YamlNode>(map.Children.Count, StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { } key }) continue;
            if (!allowed.Contains(key))
            {
                var suggestion = PlanModel.Suggest(key, allowed);
                Error(k, $"{whereJa} に未知のキー '{key}' があります。{(suggestion is null ? "" : $"'{suggestion}' のことですか? ")}使えるキー: {string.Join(", ", allowed)}",
                    $"unknown key '{key}' in {whereEn}; {(suggestion is null ? "" : $"did you mean '{suggestion}'? ")}expected one of {string.Join(", ", allowed)}");
                continue;
            }
            result[key] = v;
        }
        return result;
    }

    // The name of a metric or an action, within MetricNames' length limit.
    string? Name(YamlNode node)
    {
        var name = String(node);
        if (MetricNames.Problem(name) is not { } problem) return name;
        Error(node, problem.In(Language.Ja), problem.In(Language.En));
        return null;
    }

    string? Id(YamlNode node, string whatJa, string whatEn)
    {
        var id = String(node);
        if (id is null) return null;
        if (Ids.Problem(id, whatJa, whatEn) is { } problem)
        {
            Error(node, problem.In(Language.Ja), problem.In(Language.En));
            return null;
        }
        return id;
    }

    internal string? String(YamlNode node)
    {
        if (node is YamlScalarNode s) return s.Value is { Length: > 0 } v ? v : null;
        Error(node, "文字列が必要です", "expected a single value (text), found a list or mapping");
        return null;
    }

    string? Scalar(YamlNode node, string keyEn, string keyJa)
    {
        if (node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) return v;
        Error(node, $"{keyJa} ({keyEn}) が空か、値になっていません", $"expected a value for {keyEn}");
        return null;
    }

    internal decimal? Number(YamlNode node)
    {
        var outOfRange = false;
        if (node is YamlScalarNode { Value: { } v } && NumberText.TryParse(v, out var n, out outOfRange)) return n;
        if (outOfRange)
        {
            var range = NumberText.OutOfRange(((YamlScalarNode)node).Value!);
            Error(node, $"out-of-range: {range.In(Language.Ja)}", $"out-of-range: {range.In(Language.En)}");
            return null;
        }
        var found = node is YamlScalarNode s ? $"'{NumberText.Clip(s.Value)}'" : "a list or mapping";
        Error(node, $"数値が必要です (例: 120, 4,000万円, 1億2000万, 20%)。{found} は数値として読めません",
            $"expected {NumberText.Expected}, found {found}");
        return null;
    }

    ImmutableArray<decimal> Numbers(YamlNode node)
    {
        if (node is not YamlSequenceNode seq)
        {
            Error(node, "数値のリスト (例: [1, 1, 2, 2]) が必要です", "expected a list of numbers, e.g. [1, 1, 2, 2]");
            return [];
        }
        var result = ImmutableArray.CreateBuilder<decimal>();
        foreach (var item in seq.Children)
            if (Number(item) is { } n) result.Add(n);
        return result.ToImmutable();
    }

    ImmutableArray<string> Names(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } one }) return [one];
        if (node is YamlSequenceNode seq) return [.. seq.Children.Select(String).OfType<string>()];
        Error(node, $"{key}: には名前かそのリストが必要です", $"expected {key}: as a name or a list of names");
        return [];
    }

    DateOnly? Date(YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } v } && DateText.TryParse(v, out var d))
        {
            return d;
        }
        var found = node is YamlScalarNode s ? $"'{s.Value}'" : "a list or mapping";
        Error(node, $"日付 (YYYY-MM-DD、例: 2027-03-31) が必要です。{found} は日付として読めません",
            $"expected a date as YYYY-MM-DD (e.g. 2027-03-31), found {found}");
        return null;
    }

    T? Enum<T>(YamlNode node, string key, string[] names) where T : struct, Enum
    {
        var v = String(node)?.Trim().ToLowerInvariant();
        if (v is not null && names.Contains(v)) return System.Enum.Parse<T>(v, ignoreCase: true);
        var suggestion = v is null ? null : PlanModel.Suggest(v, names);
        Error(node, $"{key}: は {string.Join(", ", names)} のいずれかです{(v is null ? "" : $" ('{v}' は使えません)")}{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}",
            $"expected {key}: to be one of {string.Join(", ", names)}{(v is null ? "" : $", found '{v}'")}{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}");
        return null;
    }

    string Currency(YamlNode node)
    {
        var v = String(node)?.Trim().ToUpperInvariant();
        if (v is { Length: 3 } && v.All(char.IsAsciiLetterUpper)) return v;
        Error(node, "currency: は3文字の通貨コード (例: JPY, USD) です", "expected currency: as a three-letter code such as JPY or USD");
        return "JPY";
    }

    // Formula errors point inside the formula: the scalar's start plus the offset (a quoted scalar starts one later).
    // A formula written over several lines (a block scalar `|` or `>`, or a plain one that wraps) is followed through
    // the source lines: each line gives its text after the indentation, and a line break counts as one character.
    (int Line, int Column) Position(YamlNode node, int offset)
    {
        var quoted = node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted };
        var block = node is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded };
        var line = (int)node.Start.Line;
        var column = (int)node.Start.Column + (quoted ? 1 : 0);
        if (!block && node.End.Line == node.Start.Line) return (line, column + offset);
        if (block) line++;
        for (var first = !block; line <= _lines.Length; line++, first = false)
        {
            var text = _lines[line - 1].TrimEnd('\r');
            var start = first ? column - 1 : text.Length - text.TrimStart(' ').Length;
            var length = Math.Max(0, text.TrimEnd().Length - start);
            if (offset <= length) return (line, start + offset + 1);
            offset -= length + 1;
        }
        return ((int)node.Start.Line, column);
    }

    // The 1-based line and column of yaml[index], lines ending at '\n' as an editor shows them.
    static (int Line, int Column) LineAndColumn(string yaml, int index)
    {
        var lineStart = index == 0 ? 0 : yaml.LastIndexOf('\n', index - 1) + 1;
        return (yaml.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }

    // Where a tab stands in a line's indentation, if any: YamlDotNet reports it at the enclosing mapping's start.
    (int Line, int Column)? TabIndent()
    {
        for (var i = 0; i < _lines.Length; i++)
        {
            var text = _lines[i];
            var indent = text.Length - text.TrimStart(' ', '\t').Length;
            var tab = text.IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent) return (i + 1, tab + 1);
        }
        return null;
    }

    static string CleanYamlMessage(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var at = message.IndexOf("): ", StringComparison.Ordinal);
        return (at >= 0 && message.StartsWith('(') ? message[(at + 3)..] : message).Trim();
    }

    internal void Error(YamlNode? node, string ja, string en) =>
        Error(node is null ? 0 : (int)node.Start.Line, node is null ? 0 : (int)node.Start.Column, ja, en);

    internal void Error(int line, int column, string ja, string en) =>
        _errors.Add(new InputError(_file, line, column, new Message(ja, en)));
}
