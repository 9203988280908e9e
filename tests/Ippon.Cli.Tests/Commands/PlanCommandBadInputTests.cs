using System.Text;
using System.Text.Json;

namespace Ippon.Cli.Tests.Commands;

/// <summary>Bad input through the real executable: one line per problem naming the file (line and column where there is one), exit 2, never a stack trace.</summary>
public class PlanCommandBadInputTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    static string SeedWith(TempDir dir, string from, string to)
    {
        var text = File.ReadAllText(Seed);
        Assert.Contains(from, text);
        return dir.File("plan.yaml", text.Replace(from, to, StringComparison.Ordinal));
    }

    // Exit 2, nothing on stdout, and every stderr line is "FILE[:LINE:COL]: message" with no stack trace.
    static string[] AssertRefused(ConsoleRun run, string file)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.DoesNotContain("Exception", run.Err);
        var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.StartsWith(file + ":", l));
        return lines;
    }

    [Fact]
    public void Plan_MalformedYaml_OneLineWithLineAndColumn()
    {
        using var dir = new TempDir();
        var file = SeedWith(dir, "  orders:         { name: 新規受注数,", "  orders:         { name: [新規受注数,");

        var line = Assert.Single(AssertRefused(IpponCli.Run("plan", file, "--lang", "en"), file));

        Assert.Matches($@"^{Regex(file)}:24:\d+: YAML syntax error: ", line);
    }

    [Fact]
    public void Plan_UnknownKey_SuggestsTheNearestValidOne()
    {
        using var dir = new TempDir();
        var file = SeedWith(dir, "    deadline: 2027-03-31\n    owner: 経営企画", "    deadlne: 2027-03-31\n    owner: 経営企画");

        var line = Assert.Single(AssertRefused(IpponCli.Run("plan", file), file));

        // The list of keys grows with each contract extension: the message names the nearest key, then lists the valid ones.
        Assert.StartsWith($"{file}:20:5: 指標 revenue に未知のキー 'deadlne' があります。'deadline' のことですか? 使えるキー: ", line);
        var keys = line[(line.IndexOf("使えるキー: ", StringComparison.Ordinal) + "使えるキー: ".Length)..].Split(", ");
        Assert.Superset(new HashSet<string> { "name", "role", "formula", "value", "target", "unit", "owner", "deadline" }, keys.ToHashSet());
        Assert.DoesNotContain("deadlne", keys);
    }

    [Fact]
    public void Plan_FormulaSyntaxError_PointsInsideTheFormula()
    {
        using var dir = new TempDir();
        var file = SeedWith(dir, "formula: deals * win_rate,", "formula: deals * * win_rate,");

        var line = Assert.Single(AssertRefused(IpponCli.Run("plan", file, "--lang", "en"), file));

        // "  orders:         { name: 新規受注数, role: kpi, formula: deals * * win_rate" — the second * is column 62.
        Assert.Equal($"{file}:24:62: formula of orders: expected a number, a metric id, a function or (, found '*'", line);
    }

    [Fact]
    public void Plan_EmptyFile_SaysItIsEmpty()
    {
        using var dir = new TempDir();
        var file = dir.File("empty.yaml", "");

        var line = Assert.Single(AssertRefused(IpponCli.Run("plan", file, "--lang", "en"), file));

        Assert.Equal($"{file}: the file is empty; expected a plan (run `ippon init` to create one)", line);
    }

    [Fact]
    public void Plan_50MegabyteFile_IsRefusedWithItsSize()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "huge.yaml");
        using (var stream = File.Create(file))
        {
            var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("# 計画のメモ・コメント行です。\n", 1024)));
            while (stream.Length < 50L * 1024 * 1024) stream.Write(block);
        }

        var line = Assert.Single(AssertRefused(IpponCli.Run("plan", file, "--lang", "en"), file));

        Assert.Equal($"{file}: is 50 MB, above the 16 MB limit for plan (YAML) files; move member values into a CSV", line);
    }

    [Fact]
    public void Plan_BinaryFile_SaysItIsBinary()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "plan.xlsx");
        File.WriteAllBytes(file, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);

        var line = Assert.Single(AssertRefused(IpponCli.Run("plan", file, "--lang", "en"), file));

        Assert.Contains("is a binary file (NUL byte at offset 5); expected a UTF-8 text plan (YAML) file", line);
    }

    [Fact]
    public void Plan_Directory_SaysItIsADirectory()
    {
        using var dir = new TempDir();

        var line = Assert.Single(AssertRefused(IpponCli.Run("plan", dir.Path, "--lang", "en"), dir.Path));

        Assert.Equal($"{dir.Path}: is a directory; expected a plan (YAML) file", line);
    }

    [Fact]
    public void Plan_ShiftJisFile_SaysToSaveItAsUtf8()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "sjis.yaml");
        File.WriteAllBytes(file, [.. "plan: "u8, 0x94, 0x84, 0x8F, 0xE3, 0x0A]);

        var line = Assert.Single(AssertRefused(IpponCli.Run("plan", file), file));

        Assert.Contains("UTF-8 ではありません", line);
    }

    [Fact]
    public void Plan_MissingFile_SaysThereIsNoSuchFile()
    {
        var file = Path.Combine(Path.GetTempPath(), "ippon-no-such-" + Guid.NewGuid().ToString("N") + ".yaml");

        var line = Assert.Single(AssertRefused(IpponCli.Run("check", file, "--lang", "en"), file));

        Assert.EndsWith("no such file; expected the path of a plan (YAML) file", line);
    }

    [Fact]
    public void Plan_FormulaNestedTooDeeply_IsASyntaxErrorNotACrash()
    {
        using var dir = new TempDir();
        var file = SeedWith(dir, "formula: deals * win_rate,", $"formula: \"{new string('(', 20_000)}deals{new string(')', 20_000)} * win_rate\",");

        var line = Assert.Single(AssertRefused(IpponCli.Run("plan", file, "--lang", "en"), file));

        Assert.Contains("the formula is too long", line);
    }

    [Fact]
    public void Plan_SeveralMistakes_ReportsEachOnItsOwnLine()
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(Seed).Replace("role: kpi, formula: deals", "role: kpl, formula: deals", StringComparison.Ordinal)
            .Replace("value: 200万円", "value: 二百万円", StringComparison.Ordinal);
        var file = dir.File("plan.yaml", text);

        var lines = AssertRefused(IpponCli.Run("plan", file, "--lang", "en"), file);

        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains("did you mean 'kpi'?", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("found '二百万円'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nope", "ippon: no scenario 'nope'; the plan has: stretch")]
    [InlineData("", "ippon: no scenario ''; the plan has: stretch")]
    public void Plan_UnknownScenario_Exits2NamingTheScenarios(string scenario, string message)
    {
        var run = IpponCli.Run("plan", Seed, "--scenario", scenario, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.Err.Trim());
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("win_rate=abc", "ippon: --set win_rate= expects a number such as 120, 4,000万円, 1億2000万 or 20%, found 'abc'")]
    [InlineData("win_rate=", "ippon: --set win_rate= expects a number such as 120, 4,000万円, 1億2000万 or 20%, found ''")]
    [InlineData("winrate=15%", "ippon: --set names no metric 'winrate'; did you mean 'win_rate'?")]
    [InlineData("win_rate", "ippon: --set expects ID=NUMBER, found 'win_rate'")]
    [InlineData("=15%", "ippon: --set expects ID=NUMBER, found '=15%'")]
    public void Plan_BadSet_Exits2SayingWhatWasExpected(string set, string message)
    {
        var run = IpponCli.Run("plan", Seed, "--set", set, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.Err.Trim());
    }

    [Fact]
    public void Plan_BadSetInJapanese_SaysItInJapanese()
    {
        var run = IpponCli.Run("plan", Seed, "--set", "win_rate=たくさん");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("ippon: --set win_rate= の値 'たくさん' は数値として読めません (例: 15%, 200万, 1200)", run.Err.Trim());
    }

    [Fact]
    public void Cli_UnknownLanguage_Exits2InOneLineNamingTheChoices()
    {
        var run = IpponCli.Run("plan", Seed, "--lang", "fr");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("ippon: Argument 'fr' not recognized. Must be one of: 'ja' 'en'", run.Err.Split('\n')[0]);
        Assert.Equal("使い方は ippon --help を見てください", run.Err.Split('\n')[1]);
    }

    [Theory]
    [InlineData("plan", "--lang", "fr")]
    [InlineData("plan")]
    [InlineData("frobnicate")]
    [InlineData("check", "a.yaml", "b.yaml")]
    public void Cli_UnusableArguments_Exit2WithoutAStackTrace(params string[] args)
    {
        var run = IpponCli.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("ippon: ", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public void Plan_HostileStrings_ArePrintedVerbatimAndStayValidJson()
    {
        using var dir = new TempDir();
        const string title = "<script>alert('x')</script> '; DROP TABLE plans;--";
        const string action = "<b>架電</b> \"q\" [red]x[/] \\ {0}";
        var text = File.ReadAllText(Seed)
            .Replace("plan: 年間売上1億円計画", $"plan: \"{title.Replace("\"", "\\\"", StringComparison.Ordinal)}\"", StringComparison.Ordinal)
            .Replace("    name: 架電", $"    name: '{action.Replace("'", "''", StringComparison.Ordinal)}'", StringComparison.Ordinal)
            .Replace("owner: CS }", "owner: \"Robert'); DROP TABLE owners;--\" }", StringComparison.Ordinal);
        var file = dir.File("hostile.yaml", text);

        var tree = IpponCli.Run("plan", file);
        var json = IpponCli.Run("plan", file, "--json");

        Assert.Equal(0, tree.ExitCode);
        Assert.StartsWith(title + "\n", tree.Out.ReplaceLineEndings("\n"));
        Assert.Contains($"▶ {action} (calls)", tree.Out);
        Assert.Contains("担当 Robert'); DROP TABLE owners;--", tree.Out);
        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(title, doc.RootElement.GetProperty("plan").GetString());
        Assert.Equal(action, doc.RootElement.GetProperty("actions")[0].GetProperty("name").GetString());
        Assert.Equal("Robert'); DROP TABLE owners;--", doc.RootElement.GetProperty("metrics")[1].GetProperty("owner").GetString());
    }

    static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);

    // Overflow is an input error (issue 10, item 5): exit 2 with the position, never exit 3.

    [Theory]
    [InlineData("value: 20%, unit: ratio", "value: 1e27, unit: ratio")]
    [InlineData("share: 60%", "share: 8e26")]
    [InlineData("target: 6000万円", "target: 5e28")]
    [InlineData("max_kpis_per_owner: 3", "max_kpis_per_owner: 3000000000")]
    [InlineData("people: 4, per_person_per_day: 15, working_days: 240", "people: 1e9, per_person_per_day: 1e9, working_days: 1e9")]
    public void Plan_NumberBeyondTheRange_IsExit2WithItsPosition(string from, string to)
    {
        using var dir = new TempDir();
        var file = SeedWith(dir, from, to);

        var line = Assert.Single(AssertRefused(IpponCli.Run("plan", file, "--lang", "en"), file));

        Assert.Matches($@"^{Regex(file)}:\d+:\d+: ", line);
    }

    [Fact]
    public void Plan_SetBeyondTheRange_IsExit2NotAnInternalError()
    {
        var run = IpponCli.Run("plan", Seed, "--set", "win_rate=1e27", "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("ippon: --set win_rate=: '1e27' is outside the supported range (±1,000,000,000,000,000,000 (10^18))", run.Err.Trim());
    }

    [Fact]
    public void Review_CsvValueBeyondTheRange_IsExit2AtItsCell()
    {
        using var dir = new TempDir();
        var csv = dir.File("a.csv", "period,metric,value\nQ1,win_rate,1e27\n");

        var run = IpponCli.Run("review", Seed, "--actuals", csv, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{csv}:2:13: the value of win_rate: '1e27' is outside the supported range", run.Err.Trim());
    }
}

