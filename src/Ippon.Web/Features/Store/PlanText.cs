using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Store;

/// <summary>The plan file text, the canonical content of every version: reading it for storage, with every error placed.</summary>
public static class PlanText
{
    /// <summary>
    /// Findings that mean the input itself is wrong, not the plan's numbers: a plan with one of them is never saved.
    /// The others (over capacity, targets not met, too many KPIs) are what the findings panel is for; those plans are saved.
    /// </summary>
    public static readonly ImmutableHashSet<string> BlockingRules =
    [
        Rule.UnknownMetric.Id, Rule.FormulaCycle.Id, Rule.InvalidRate.Id, Rule.NegativeCount.Id, Rule.FormulaShape.Id,
    ];

    /// <summary>Reads <paramref name="yaml"/> into a plan that may be stored, or every error with its line and column.</summary>
    public static Outcome<Plan> Read(string? yaml, UploadLimits limits, string field = "yaml")
    {
        var file = ReadFile(yaml, limits, field);
        return file.Ok ? file.Value.Plan : file.Failure;
    }

    /// <summary>Reads <paramref name="yaml"/> into a plan file the store may save, or every error with its line and column.</summary>
    /// <param name="limits">The size limit of an upload; null for a text the server wrote itself.</param>
    public static Outcome<PlanFile> ReadFile(string? yaml, UploadLimits? limits, string field = "yaml")
    {
        if (string.IsNullOrWhiteSpace(yaml))
            return Failure.Invalid(field, "計画ファイル (YAML) が空です", "the plan file (YAML) is empty");
        if (limits?.Check(Encoding.UTF8.GetByteCount(yaml), field) is { } tooLarge) return Failure.Invalid(tooLarge);
        var read = Parse(yaml, "plan.yaml");
        if (!read.Success)
        {
            return Failure.Invalid([.. read.Errors.Select(e => FieldError.From(field, e))]);
        }
        var check = Check(read.Plan);
        return check.Ok ? new PlanFile(yaml, read.Plan) : check.Failure;
    }

    /// <summary>
    /// The plan file of <paramref name="plan"/> as the editor saves it, read back: refused, with the reason, when the
    /// written text would not reopen (so no change can store a version that cannot be opened again).
    /// </summary>
    /// <remarks>
    /// The text is read back once, to prove it reopens; the plan kept with it is <paramref name="plan"/> itself, whose
    /// calculation the edit already made (<see cref="Calculation"/>): a save recalculates nothing.
    /// </remarks>
    public static Outcome<PlanFile> Written(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = Write(plan);
        var read = Parse(text);
        var back = !read.Success
            ? Failure.Invalid([.. read.Errors.Select(e => FieldError.From("yaml", e))])
            : Check(plan) is { Ok: false } blocked ? blocked.Failure : (Outcome<PlanFile>)new PlanFile(text, plan);
        if (back.Ok) return back;
        return Failure.Invalid([.. back.Failure.Errors.Select(e => e with
        {
            Message = new Message(
                $"この変更を保存すると計画ファイルを開き直せなくなるため、保存しません: {e.Message.In(Language.Ja)}",
                $"saving this change would leave a plan file that does not reopen, so it is not saved: {e.Message.In(Language.En)}"),
            Line = null,
            Column = null,
        })]);
    }

    /// <summary>The plan, or its blocking findings (a cycle, an unknown id, a negative count, a rate above 100%) as errors.</summary>
    /// <remarks>The calculation it makes is kept with the plan (<see cref="Calculation"/>), so the edit that checked a plan hands its calculation on: one calculation per edit.</remarks>
    public static Outcome<Plan> Check(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var result = Calculation(plan);
        var blocking = Blocking(result).ToList();
        return blocking.Count == 0 ? plan : Failure.Invalid([.. blocking]);
    }

    /// <summary>The calculation of <paramref name="plan"/>: the one its check made, else a new one.</summary>
    public static PlanResult Calculation(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return s_calculations.GetValue(plan, p => PlanCalculator.Calculate(p));
    }

    /// <summary>
    /// Lets go of the calculation kept for <paramref name="plan"/> (the next <see cref="Calculation"/> of it makes a new
    /// one): for plans kept only in case they come back, such as the undo history's.
    /// </summary>
    public static void Forget(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        s_calculations.Remove(plan);
    }

    /// <summary>Reads a plan file text (the one home of the web app's plan reads, counted in <see cref="PlanWork"/>).</summary>
    public static PlanReadResult Parse(string yaml, string name = "plan.yaml")
    {
        PlanWork.Parses.Add(1);
        return PlanReader.ParseWithoutFiles(yaml, name);
    }

    // Plans are immutable records, so a calculation stays valid for the instance it was made for; the table holds it
    // only as long as the plan itself lives (the page's draft).
    static readonly ConditionalWeakTable<Plan, PlanResult> s_calculations = new();

    /// <summary>The blocking findings of a calculated plan as field errors (<c>metrics.ID</c> or <c>actions.ID</c>, at the id's line).</summary>
    public static IEnumerable<FieldError> Blocking(PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var f in result.Findings.Where(f => BlockingRules.Contains(f.Rule.Id)))
        {
            var metric = result.Plan.Find(f.Subject);
            var action = metric is null ? result.Plan.FindAction(f.Subject) : null;
            var field = metric is not null ? $"metrics.{f.Subject}" : action is not null ? $"actions.{f.Subject}" : f.Subject;
            var location = metric?.Location ?? action?.Location;
            yield return new FieldError(field, f.Message, location?.Line, location?.Column);
        }
    }

    /// <summary>The plan file text of <paramref name="plan"/>, as the editor saves it.</summary>
    public static string Write(Plan plan) => PlanWriter.Write(plan);
}
