using Ippon.Calculation;

namespace Ippon.Forecast;

/// <summary>How to run a forecast.</summary>
public sealed record ForecastOptions
{
    /// <summary>How many simulated years (trials).</summary>
    public int Trials { get; init; } = 10_000;

    /// <summary>The random seed: the same seed gives the same figures every run.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The 0-based period whose actuals count last; null for the last period with actuals.</summary>
    public int? AsOf { get; init; }

    /// <summary>The probability the confidence back-calculation aims for; null to skip it.</summary>
    public double? Confidence { get; init; } = 0.8;

    /// <summary>The input the confidence back-calculation moves; null for the plan's bottom KPI.</summary>
    public string? Lever { get; init; }

    /// <summary>Whether to measure each uncertainty's share of the KGI's spread (one more simulation per uncertainty).</summary>
    public bool Contributions { get; init; } = true;

    /// <summary>The plan's scenario and --set overrides.</summary>
    public CalculationOptions Calculation { get; init; } = CalculationOptions.None;

    /// <summary>Trials used by each step of the back-calculation and by each contribution (fewer than <see cref="Trials"/> keeps them fast; common seeds keep them steady).</summary>
    public int SearchTrials { get; init; } = 20_000;

    /// <summary>Threads to spread trials over; results do not depend on it.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
