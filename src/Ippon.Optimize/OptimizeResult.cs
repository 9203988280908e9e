using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Optimize;

/// <summary>The optimizer's answer: the current and the optimal mix side by side, the plan with the chosen volumes (calculated again by the engine), or the smallest fixes when nothing fits.</summary>
public sealed class OptimizeResult
{
    public required Plan Plan { get; init; }

    public required Objective Objective { get; init; }

    public decimal? Budget { get; init; }

    public required SolveStatus Status { get; init; }

    /// <summary>Why the plan cannot be optimized (<see cref="SolveStatus.Unsupported"/>), or null.</summary>
    public Message? Error { get; init; }

    public ImmutableArray<MixLine> Lines { get; init; } = [];

    public ImmutableArray<TeamLine> Teams { get; init; } = [];

    public decimal CurrentCost => Lines.Sum(l => l.CurrentCost);

    public decimal? OptimalCost => HasMix ? Lines.Sum(l => l.OptimalCost!.Value) : null;

    public decimal CurrentHours => Lines.Sum(l => l.CurrentHours);

    public decimal? OptimalHours => HasMix ? Lines.Sum(l => l.OptimalHours!.Value) : null;

    /// <summary>The KGI the current volumes bring (through the plan's formulas, bottlenecks taken), when it is linear in them.</summary>
    public decimal? CurrentKgi { get; init; }

    public decimal? OptimalKgi { get; init; }

    /// <summary>The plan with the optimal volumes written (shares dropped), ready to save as a new version.</summary>
    public Plan? Optimized { get; init; }

    /// <summary>The engine's calculation of <see cref="Optimized"/>: the exact check of the solver's answer.</summary>
    public PlanResult? Verified { get; init; }

    /// <summary>When no mix fits: the smallest fixes (team hours, one rate or price), then the highest KGI reachable.</summary>
    public ImmutableArray<Fix> Fixes { get; init; } = [];

    /// <summary>True when there is a mix to show (optimal or at least feasible).</summary>
    public bool HasMix => Status is SolveStatus.Optimal or SolveStatus.Feasible;

    /// <summary>The optimal volume of action <paramref name="id"/>.</summary>
    public long? Volume(string id) => Lines.FirstOrDefault(l => l.Action.Id == id)?.Optimal;
}
