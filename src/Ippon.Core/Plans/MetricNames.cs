using System.Collections.Immutable;
using System.Text;
using Ippon.Formulas.Syntax;

namespace Ippon.Plans;

/// <summary>Formulas name metrics by their id or by their name (<c>商談数 × 受注率</c>); this resolves the names to ids.</summary>
/// <remarks>
/// A formula's <see cref="Formula.Text"/> stays as written; its tree holds ids, so the graph, the checks, the
/// exports and every other reader of <see cref="Formula.Expr"/> see ids only. An id wins over a name; a name two
/// metrics share, or that is another metric's id, names nothing (the formula reports it as an unknown metric).
/// </remarks>
public static class MetricNames
{
    /// <summary>The longest name of a metric or an action, in characters (the one rule for the plan reader, the workbook import and the web's fields).</summary>
    /// <remarks>
    /// A name is a label in a box of the tree and a word a formula may use; 200 characters hold any real one
    /// (営業部 新規顧客向け 初回商談の受注率) many times over. Without a limit a name of megabytes was read, saved and then
    /// shown in every box, message and export.
    /// </remarks>
    public const int MaxLength = 200;

    /// <summary>Why <paramref name="name"/> may not name a metric or an action (too long), or null when it may.</summary>
    public static Numbers.Message? Problem(string? name)
    {
        if (name is null || name.Length <= MaxLength) return null;
        return new Numbers.Message(
            $"名前 '{Numbers.NumberText.Clip(name)}' は長すぎます ({name.Length:#,0} 文字)。{MaxLength} 文字以内にしてください",
            $"the name '{Numbers.NumberText.Clip(name)}' is too long ({name.Length:#,0} characters); at most {MaxLength}");
    }

    /// <summary>Every word a formula may name a metric of <paramref name="metrics"/> by, with the id it names.</summary>
    public static IReadOnlyDictionary<string, string> Words(IEnumerable<Metric> metrics)
    {
        var list = metrics.ToList();
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in list) words.TryAdd(m.Id, m.Id);
        // Sets, not a search of every metric per name: linear in the plan (100,000 metrics).
        var ids = list.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in list)
        {
            if (Key(m.Name) is not { } name || words.TryGetValue(name, out var id) && id == m.Id) continue;
            if (ids.Contains(name)) continue;
            if (!words.TryAdd(name, m.Id)) ambiguous.Add(name);
        }
        foreach (var name in ambiguous) words.Remove(name);
        return words;
    }

    /// <summary><paramref name="plan"/> with every formula's names resolved to ids (texts unchanged).</summary>
    public static Plan Resolve(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        // A set of ids, not plan.Find per reference: that was quadratic (a quarter of `ippon check` on 10,000 KPIs).
        var ids = plan.Metrics.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        if (plan.Metrics.All(m => m.Formula is null || m.Formula.Expr.References().All(r => ids.Contains(r.Id)))) return plan;
        var words = Words(plan.Metrics);
        return plan with
        {
            Metrics = [.. plan.Metrics.Select(m => m.Formula is { } f ? m with { Formula = Resolve(f, words) } : m)],
        };
    }

    /// <summary><paramref name="formula"/> with each reference that is a name in <paramref name="words"/> replaced by the id.</summary>
    public static Formula Resolve(Formula formula, IReadOnlyDictionary<string, string> words)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(words);
        var expr = Rewrite(formula.Expr, words);
        return ReferenceEquals(expr, formula.Expr) ? formula : new Formula(formula.Text, expr);
    }

    /// <summary>
    /// <paramref name="plan"/> with metric <paramref name="id"/> renamed to <paramref name="newName"/>: a formula that named it by its old name names it by
    /// the new one (or by its id when the new name cannot be used), so the plan reads the same after the rename.
    /// </summary>
    public static Plan Rename(Plan plan, string id, string? newName)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var renamed = plan with { Metrics = [.. plan.Metrics.Select(m => m.Id == id ? m with { Name = newName } : m)] };
        var words = Words(renamed.Metrics);
        var word = WordFor(words, id, newName);
        return renamed with
        {
            Metrics = [.. renamed.Metrics.Select(m => m.Formula is { } f ? m with { Formula = Retext(f, id, word, words) } : m)],
        };
    }

    /// <summary>
    /// The word a formula names metric <paramref name="id"/> by as people write it: its <paramref name="name"/> (in 「」
    /// when it is no bare word) when that name names it in <paramref name="words"/>, else its id.
    /// </summary>
    public static string WordFor(IReadOnlyDictionary<string, string> words, string id, string? name)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(id);
        return Key(name) is { } n && words.TryGetValue(n, out var named) && named == id ? Identifier.Quote(n) : id;
    }

    /// <summary>
    /// <paramref name="formula"/> as people write it in <paramref name="plan"/>: each metric by its name where the name
    /// names it (<c>新規受注数 × 平均受注単価</c>), else by its id; it parses and resolves to the same formula.
    /// </summary>
    public static string Write(Plan plan, Formula formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        return Writer(plan)(formula);
    }

    /// <summary><see cref="Write"/> for many formulas of <paramref name="plan"/>: its words are gathered once, not per formula.</summary>
    public static Func<Formula, string> Writer(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var words = Words(plan.Metrics);
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var m in plan.Metrics) names.TryAdd(m.Id, m.Name);
        var dialect = FormulaDialect.Typed.WithNames(id => WordFor(words, id, names.GetValueOrDefault(id)));
        return formula => Printer.Print(formula.Expr, dialect);
    }

    /// <summary>The formula with every reference to <paramref name="id"/> written as <paramref name="word"/>, re-read with <paramref name="words"/>.</summary>
    public static Formula Retext(Formula formula, string id, string word, IReadOnlyDictionary<string, string> words)
    {
        ArgumentNullException.ThrowIfNull(formula);
        // Only what was written as a name is rewritten: a formula that names the metric by its id keeps the id.
        var spans = formula.Expr.References()
            .Where(r => r.Id == id && Unquote(Written(formula, r)) != id && Written(formula, r) != word)
            .OrderByDescending(r => r.Start).ToList();
        if (spans.Count == 0) return formula;
        var text = new StringBuilder(formula.Text);
        foreach (var r in spans) text.Remove(r.Start, r.Length).Insert(r.Start, word);
        var parsed = Formula.Parse(text.ToString());
        return parsed.Success ? Resolve(parsed.Value, words) : formula;
    }

    static string Written(Formula f, Ref r) => f.Text.Substring(r.Start, r.Length);

    static string Unquote(string written)
    {
        foreach (var (open, close) in Identifier.Brackets)
            if (written.Length >= 2 && written[0] == open && written[^1] == close) return written[1..^1].Trim();
        return Identifier.FoldWidth(written);
    }

    static string? Key(string? name) => string.IsNullOrWhiteSpace(name) ? null : Identifier.FoldWidth(name.Trim());

    static Expr Rewrite(Expr expr, IReadOnlyDictionary<string, string> words)
    {
        switch (expr)
        {
            case Ref r when words.TryGetValue(r.Id, out var id) && id != r.Id:
                return r with { Id = id };
            case Unary u:
                var operand = Rewrite(u.Operand, words);
                return ReferenceEquals(operand, u.Operand) ? u : u with { Operand = operand };
            case Binary b:
                var left = Rewrite(b.Left, words);
                var right = Rewrite(b.Right, words);
                return ReferenceEquals(left, b.Left) && ReferenceEquals(right, b.Right) ? b : b with { Left = left, Right = right };
            case Call c:
                var args = c.Args.Select(a => Rewrite(a, words)).ToImmutableArray();
                return Enumerable.Range(0, args.Length).All(i => ReferenceEquals(args[i], c.Args[i])) ? c : c with { Args = args };
            default:
                return expr;
        }
    }
}
