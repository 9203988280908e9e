using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Numbers;
using Spectre.Console;

namespace Ippon.Cli.Output;

/// <summary>The findings as a list (errors first), each with its rule id, subject and how to fix it, and a summary line.</summary>
/// <remarks>
/// One line per finding, written straight to the console's writer (with colour codes only on a terminal), not
/// through Spectre's markup: Spectre measures the display width of every character to wrap each paragraph, which was
/// 0.25 ms a finding, most of the time of `ippon check` on a plan with 100,000 findings (bench/checks.sh). A finding
/// stays on one line, whatever its length, so that it can be grepped.
/// </remarks>
public static class FindingsView
{
    const string Red = "\e[31m", Yellow = "\e[33m", Green = "\e[32m", Bold = "\e[1m", Reset = "\e[0m";

    public static void Render(IAnsiConsole console, PlanResult result, Language language, bool withSummary) =>
        Render(console, result.Findings, language, withSummary);

    /// <summary>Renders <paramref name="findings"/> (a review's, for instance) the same way.</summary>
    public static void Render(IAnsiConsole console, IReadOnlyList<Finding> findings, Language language, bool withSummary)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(findings);
        var colour = console.Profile.Capabilities.Ansi;
        var writer = console.Profile.Out.Writer;
        string Paint(string code, string text) => colour ? code + text + Reset : text;
        foreach (var f in findings)
        {
            var mark = f.Severity == Severity.Error ? Paint(Red, "✖ error  ") : Paint(Yellow, "⚠ warning");
            var member = f.Member is null ? "" : $" [{f.Member}]";
            writer.WriteLine($"{mark} {Paint(Bold, f.Rule.Id)} {f.Subject}{member}: {f.Message.In(language)}");
        }
        if (!withSummary) return;
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        if (errors == 0 && warnings == 0)
        {
            writer.WriteLine(Paint(Green, language.T("✔ エラー・警告はありません", "✔ no errors, no warnings")));
            return;
        }
        writer.WriteLine(Paint(errors > 0 ? Red : Yellow, language.T($"エラー {errors} 件、警告 {warnings} 件", $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}")));
    }
}
