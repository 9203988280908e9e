using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Files.Plans;
using Ippon.Inputs;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Cli;

/// <summary>Loads a plan file and turns <c>--scenario</c> and <c>--set</c> into calculation options (Core's <see cref="WhatIf"/>), or reports why it cannot.</summary>
public static class PlanInput
{
    /// <summary>Reads <paramref name="file"/>; on failure writes every error (file:line:col) and returns null.</summary>
    public static Plan? Read(string file, CliContext context, Language language)
    {
        var read = PlanReader.ReadFile(file);
        if (read.Success) return read.Plan;
        foreach (var e in read.Errors) context.Error.WriteLine(e.Format(language));
        return null;
    }

    /// <summary>The options for <paramref name="scenario"/> and <paramref name="sets"/> (ID=NUMBER), or null after writing why they are invalid.</summary>
    public static CalculationOptions? Options(Plan plan, string? scenario, IReadOnlyList<string> sets, CliContext context, Language language) =>
        Value(WhatIf.Options(plan, scenario, sets, "--set"), null, context, language);

    /// <summary>The value of <paramref name="result"/>, or null after writing each reason on stderr as <c>ippon: …</c>.</summary>
    /// <remarks>A reason about <c>as_of</c> is prefixed with the option (<c>--as-of: </c>), one about the whole plan with <paramref name="file"/>.</remarks>
    public static T? Value<T>(ParseResult<T> result, string? file, CliContext context, Language language)
        where T : class
    {
        if (result.Success) return result.Value;
        Write(result.Errors, file, context, language);
        return null;
    }

    static void Write(ImmutableArray<FieldMessage> errors, string? file, CliContext context, Language language)
    {
        foreach (var e in errors)
        {
            var at = e.Field switch
            {
                "as_of" => "--as-of: ",
                "plan" when file is not null => $"{file}: ",
                _ => "",
            };
            context.Error.WriteLine($"ippon: {at}{e.Message.In(language)}");
        }
    }
}
