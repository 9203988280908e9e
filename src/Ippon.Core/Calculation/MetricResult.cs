using Ippon.Dimensions;
using Ippon.Formulas;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>A metric after calculation: its target, where the target came from, its planned value and the gap, cell by cell.</summary>
/// <remarks>
/// For a metric without dimensions every array has one cell and the scalar properties read it. For a metric over
/// dimensions the scalar properties summarise: the sum of the members for a quantity, nothing for a quality.
/// </remarks>
public sealed class MetricResult
{
    // Takes the back-calculation's arrays as they are (no copy: for 10,000 reps each is a large-object allocation).
    internal MetricResult(Metric metric, int index, MetricKind kind, Shape shape, decimal?[] targets, TargetSource?[] sources, Derivation?[] derivations)
    {
        Metric = metric;
        Index = index;
        Kind = kind;
        Shape = shape;
        Targets = targets;
        Sources = sources;
        Planned = new decimal?[shape.Size];
        PlannedErrors = new FormulaError[shape.Size];
        Derivations = derivations;
    }

    public Metric Metric { get; }

    public string Id => Metric.Id;

    /// <summary>The metric's position in the plan.</summary>
    public int Index { get; }

    /// <summary>Quantity or quality, with the contract's defaults applied.</summary>
    public MetricKind Kind { get; }

    public Shape Shape { get; }

    /// <summary>Each cell's target, or null where none could be set or derived.</summary>
    public decimal?[] Targets { get; }

    public TargetSource?[] Sources { get; }

    /// <summary>Each cell's planned value (forward calculation), or null where it cannot be computed.</summary>
    public decimal?[] Planned { get; }

    /// <summary>Why a planned cell is null.</summary>
    public FormulaError[] PlannedErrors { get; }

    /// <summary>How each derived cell's target was computed, where kept (see <see cref="CalculationOptions.ExplainUpTo"/>).</summary>
    public Derivation?[] Derivations { get; }

    /// <summary>Which SMART criteria the goal meets; null for assumptions and intermediates (no role).</summary>
    public Smart? Smart { get; internal set; }

    /// <summary>The deadline that applies: the metric's own, else the KGI's, else the horizon's end.</summary>
    public DateOnly? Deadline { get; internal set; }

    /// <summary>True when the metric feeds the KGI through formulas (the KGI itself included).</summary>
    public bool ConnectedToKgi { get; internal set; }

    /// <summary>The share of the target the driving actions produce (1.0 = covered); null when no action drives it.</summary>
    public decimal? Coverage { get; internal set; }

    /// <summary>The metric's target: its only cell, or the members' sum for a quantity over dimensions.</summary>
    public decimal? Target => Sums.Target;

    /// <summary>Where the target came from (the first cell's source).</summary>
    public TargetSource? Source => Sources.FirstOrDefault(s => s is not null);

    /// <summary>The planned value: the only cell, or the members' sum for a quantity.</summary>
    public decimal? PlannedValue => Sums.Planned;

    // The summaries, added up on first use: the calculator fills the cells before it hands the result out, and nothing
    // changes them after, so a page that reads a 10,000-rep metric's target ten times per drawing adds it up once.
    // (One reference, assigned whole: a reader on another thread sees either none or both sums.)
    Summaries? _sums;

    Summaries Sums => _sums ??= new Summaries(Summarise(Targets), Summarise(Planned));

    sealed record Summaries(decimal? Target, decimal? Planned);

    /// <summary>Planned − target, or null when either is unknown; a difference within <see cref="Tolerance"/> is 0.</summary>
    public decimal? Gap => PlannedValue - Target is { } gap ? (Math.Abs(gap) <= Tolerance(Target!.Value) ? 0 : gap) : null;

    /// <summary>How far a plan may differ from <paramref name="target"/> and still meet it: 10^-12, or 10^-24 of a target above 10^12.</summary>
    /// <remarks>
    /// Decimal division leaves noise in the last of its 28 digits (a target of 43,579.634657039711191335740072 is planned
    /// back as 43,579.634657039711); no plan is short or over by that. The noise is relative to decimal's 28 digits,
    /// so the tolerance grows with the target only far below them: 10^-12 of the target (as before) hid real gaps at
    /// large magnitudes: a million leads short of 10^18, or 233,553,966 short of 7.9 × 10^28, printed as ±0.
    /// </remarks>
    public static decimal Tolerance(decimal target) => Math.Max(1e-12m, 1e-24m * Math.Abs(target));

    /// <summary>The derivation of the only cell (or the first member's).</summary>
    public Derivation? Derivation => Derivations.FirstOrDefault(d => d is not null);

    /// <summary>The target of the cell labelled <paramref name="member"/> (東京/田中).</summary>
    public int CellOf(string member)
    {
        for (var k = 0; k < Shape.Size; k++)
            if (Shape.Label(k) == member) return k;
        return -1;
    }

    decimal? Summarise(decimal?[] cells)
    {
        if (cells.Length == 1) return cells[0];
        if (Kind == MetricKind.Quality || Metric.Unit.Kind == UnitKind.Ratio) return null;
        decimal total = 0;
        foreach (var c in cells)
        {
            if (c is null) return null;
            total += c.Value;
        }
        return total;
    }
}
