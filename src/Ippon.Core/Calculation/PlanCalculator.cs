using System.Collections.Immutable;
using System.Diagnostics.Metrics;
using Ippon.Checks;
using Ippon.Formulas;
using Ippon.Formulas.Evaluation;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>Calculates a plan: back-calculates every target from the KGI, forward-calculates every planned value, sizes the actions and runs every check.</summary>
/// <example>
/// <code>
/// var result = PlanCalculator.Calculate(plan);
/// result.Metric("leads")!.Target;   // 1000
/// result.Action("calls")!.Volume;   // 10000
/// </code>
/// </example>
public static class PlanCalculator
{
    /// <summary>The meter <see cref="Calculations"/> is reported on (<c>Ippon.Core</c>), for tests, benchmarks and monitoring.</summary>
    public static readonly Meter Meter = new("Ippon.Core");

    /// <summary>One measurement per whole-plan calculation: how a page edit is shown to calculate once, not twice.</summary>
    public static readonly Counter<long> Calculations = Meter.CreateCounter<long>("ippon.plan.calculations");

    /// <summary>Calculates <paramref name="plan"/> with <paramref name="options"/> (scenario and --set overrides).</summary>
    public static PlanResult Calculate(Plan plan, CalculationOptions? options = null)
    {
        options ??= CalculationOptions.None;
        var result = Once(plan, options);
        // A scenario read as a plan: calculated again with its driven metrics targeted at what it plans.
        return options.ActionsMeetThePlan && ScenarioSizing.Raise(plan, options.Overrides, result) is { } raised
            ? Once(plan, options with { Overrides = raised })
            : result;
    }

    static PlanResult Once(Plan plan, CalculationOptions options)
    {
        Calculations.Add(1);
        if (!options.Overrides.IsEmpty) plan = plan.With(options.Overrides);
        var model = PlanModel.Build(plan);
        var findings = new List<Finding>(model.Findings);

        // 1. A first forward pass with only what the plan states: inputs without a value are unknown unless they
        //    have an explicit target (an input with no value is planned at its target).
        var known = new Cells(model.Shapes);
        Inputs.Forward(model, known, (m, k) => Inputs.ExplicitTarget(model, m, k));

        // 2. Targets flow down from the KGI (and from any other explicit target).
        options.Cancellation.ThrowIfCancellationRequested();
        var back = new BackCalculation(model, known, findings, options.ExplainUpTo) { Cancellation = options.Cancellation };
        OutOfRange.Guard(findings, null, back.Run);
        options.Cancellation.ThrowIfCancellationRequested();

        // 3. The planned values, with every input that has no value planned at its final target.
        var planned = new Cells(model.Shapes);
        Inputs.Forward(model, planned, (m, k) => back.Targets[m][k]);

        var metrics = ImmutableArray.CreateBuilder<MetricResult>(model.Metrics.Length);
        for (var m = 0; m < model.Metrics.Length; m++)
        {
            var r = new MetricResult(model.Metrics[m], m, model.Kinds[m], model.Shapes[m], back.Targets[m], back.Sources[m], back.Derivations[m]);
            for (var k = 0; k < r.Shape.Size; k++)
            {
                var p = planned.Get(m, k);
                // A computed plan carries the noise of decimal division in its last digits (402 × 0.333…3 =
                // 133.99…99); it is dropped below 10^-12, the tolerance whole-unit rounding uses, so that a plan that
                // meets its target is not reported 10^-26 short of it.
                r.Planned[k] = p.IsError ? null : model.Nodes[m] is null ? p.Value : decimal.Round(p.Value, 12);
                r.PlannedErrors[k] = p.Error;
            }
            metrics.Add(r);
            OutOfRange.Planned(r, findings);
        }
        var metricList = metrics.MoveToImmutable();

        // 4. Actions and the checks that need the whole picture.
        var actions = ActionCalculation.Run(model, metricList, findings);
        ImmutableArray<TeamLoad> teams = [];
        OutOfRange.Guard(findings, null, () => teams = TeamLoad.Of(plan, actions));
        options.Cancellation.ThrowIfCancellationRequested();
        OutOfRange.Guard(findings, null, () => PlanChecks.Run(model, metricList, actions, findings));
        OutOfRange.Guard(findings, null, () => TeamChecks.Run(model, actions, teams, findings));

        var ordered = findings
            .Select((f, i) => (f, i))
            .OrderByDescending(x => x.f.Severity)
            .ThenBy(x => x.i)
            .Select(x => x.f)
            .ToImmutableArray();
        return new PlanResult(plan, model, metricList, [.. actions], ordered, options.ScenarioName) { Teams = teams };
    }

    /// <summary>The overrides of scenario <paramref name="name"/>, or null when the plan has no such scenario.</summary>
    public static ImmutableArray<ScenarioOverride>? ScenarioOverrides(Plan plan, string name) =>
        plan.FindScenario(name)?.Overrides;

    /// <summary>Why a planned value is missing, for display.</summary>
    public static string Describe(FormulaError error) => error switch
    {
        FormulaError.DivByZero => "#DIV/0",
        FormulaError.Overflow => "#OVERFLOW",
        FormulaError.Missing => "#N/A",
        FormulaError.Ref => "#REF",
        FormulaError.Cycle => "#CYCLE",
        FormulaError.Domain => "#NUM",
        _ => "",
    };
}
