using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Numbers;
using Spectre.Console;

namespace Ippon.Cli.Output;

/// <summary>The findings as a list (errors first), each with its rule id, subject and how to fix it, and a summary line.</summary>
public static class FindingsView
{
    public static void Render(IAnsiConsole console, PlanResult result, Language language, bool withSummary) =>
        Render(console, result.Findings, language, withSummary);

    /// <summary>Renders <paramref name="findings"/> (a review's, for instance) the same way.</summary>
    public static void Render(IAnsiConsole console, IReadOnlyList<Finding> findings, Language language, bool withSummary)
    {
        foreach (var f in findings)
        {
            var mark = f.Severity == Severity.Error ? "[red]✖ error  [/]" : "[yellow]⚠ warning[/]";
            var member = f.Member is null ? "" : $" [[{Markup.Escape(f.Member)}]]";
            console.MarkupLine($"{mark} [bold]{Markup.Escape(f.Rule.Id)}[/] {Markup.Escape(f.Subject)}{member}: {Markup.Escape(f.Message.In(language))}");
        }
        if (!withSummary) return;
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        if (errors == 0 && warnings == 0)
        {
            console.MarkupLine(language == Language.Ja ? "[green]✔ エラー・警告はありません[/]" : "[green]✔ no errors, no warnings[/]");
            return;
        }
        var style = errors > 0 ? "red" : "yellow";
        console.MarkupLine(language == Language.Ja
            ? $"[{style}]エラー {errors} 件、警告 {warnings} 件[/]"
            : $"[{style}]{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}[/]");
    }
}
