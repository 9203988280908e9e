using System.IO.Compression;
using System.Text;
using CsCheck;

namespace Ippon.Fuzz.Tests;

/// <summary>Mutated plan files, CSVs and workbooks through <c>ippon</c>: every one ends with exit 0, 1 or 2, no exception text, within 10 s and 1 GiB, and JSON that parses.</summary>
public sealed class CliFuzzTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("ippon-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Which command reads a mutated plan file.
    static readonly string[][] s_planCommands =
    [
        ["check", "{0}", "--json"],
        ["plan", "{0}", "--lang", "en"],
        ["plan", "{0}", "--json", "--set", "win_rate=15%"],
        ["review", "{0}", "--actuals", "{actuals}", "--json"],
        ["explain", "{0}", "leads"],
        ["sensitivity", "{0}"],
    ];

    static string[] Args(string[] template, string file) =>
        [.. template.Select(a => a.Replace("{0}", file, StringComparison.Ordinal).Replace("{actuals}", Corpus.SeedActuals, StringComparison.Ordinal))];

    [Fact]
    public void MutatedPlanFiles_AreHandledCleanly()
    {
        var gen = Gen.Select(Mutation.Of(Corpus.Plans.Count), Gen.Int[0, s_planCommands.Length - 1]);
        var file = Path.Combine(_dir, "plan.yaml");
        Fuzz.Run("plan files", gen, Fuzz.Count(120, 0.5), input =>
        {
            File.WriteAllText(file, Mutate(Corpus.Plans[input.Item1.Seed], input.Item1.Edits));
            return CliRunner.InProcess(Args(s_planCommands[input.Item2], file));
        }, input => string.Join(' ', s_planCommands[input.Item2]) + "\n" + Mutate(Corpus.Plans[input.Item1.Seed], input.Item1.Edits));
    }

    [Fact]
    public void MutatedActualsCsvs_AreHandledCleanly()
    {
        var file = Path.Combine(_dir, "actuals.csv");
        Fuzz.Run("actuals CSVs", Mutation.Of(Corpus.Csvs.Count), Fuzz.Count(80, 0.25), input =>
        {
            File.WriteAllText(file, Mutate(Corpus.Csvs[input.Seed], input.Edits));
            return CliRunner.InProcess("review", Corpus.SeedPlan, "--actuals", file, "--json");
        }, input => Mutate(Corpus.Csvs[input.Seed], input.Edits));
    }

    [Fact]
    public void GeneratedActualsRows_AreHandledCleanly()
    {
        // Rows built from the pieces that broke the reader: periods in every spelling, metrics, extreme numbers.
        string[] periods = ["Q1", "Q2", "Ｑ１", "2026-04", "2026/4", "M1", "M01", "2026-04-15", "FY2026", "Q9", "", "2030-01"];
        string[] metrics = ["leads", "deals", "orders", "win_rate", "new_revenue", "nope", "", "LEADS"];
        string[] values = ["200", "-100", "1e27", "15%", "１８０", "4,000万円", "\"1,200,000\"", "abc", "", "0.0000000000000000000000000001", "99999999999999999999"];
        var row = Gen.Select(Gen.Int[0, periods.Length - 1], Gen.Int[0, metrics.Length - 1], Gen.Int[0, values.Length - 1])
            .Select((p, m, v) => $"{periods[p]},{metrics[m]},{values[v]}");
        var file = Path.Combine(_dir, "rows.csv");
        Fuzz.Run("actuals rows", row.Array[0, 30], Fuzz.Count(60, 0.15), rows =>
        {
            File.WriteAllText(file, "period,metric,value\n" + string.Join('\n', rows));
            return CliRunner.InProcess("review", Corpus.SeedPlan, "--actuals", file, "--json");
        }, rows => string.Join('\n', rows));
    }

    [Fact]
    public void MutatedWorkbooks_AreHandledCleanly()
    {
        var seed = Path.Combine(_dir, "seed.xlsx");
        Assert.Null(CliRunner.InProcess("export", Corpus.SeedPlan, "--format", "xlsx", "-o", seed));
        var entries = ReadEntries(seed);
        var file = Path.Combine(_dir, "fuzz.xlsx");
        var output = Path.Combine(_dir, "imported.yaml");
        // Either the bytes of the file are damaged, or one part's XML is mutated as text inside a valid zip.
        var gen = Gen.Select(Gen.Bool, Gen.Int[0, entries.Count - 1], Mutation.Gen.Array[1, 4], Gen.Int[0, int.MaxValue]);
        Fuzz.Run("workbooks", gen, Fuzz.Count(30, 0.1), input =>
        {
            var (bytes, entry, edits, noise) = input;
            if (bytes) File.WriteAllBytes(file, DamageBytes(File.ReadAllBytes(seed), noise));
            else WriteWorkbook(file, entries, entries.Keys.ElementAt(entry), text => Mutate(text, edits));
            File.Delete(output);
            var import = CliRunner.InProcess("import", file, "-o", output);
            var problem = import ?? (File.Exists(output) ? CliRunner.InProcess("check", output, "--json") : null);
            // A workbook is not text to print: with IPPON_FUZZ_KEEP=DIR a failing one is kept there, for tests/Regressions.
            if (problem is not null && Environment.GetEnvironmentVariable("IPPON_FUZZ_KEEP") is { Length: > 0 } keep)
                File.Copy(file, Path.Combine(Directory.CreateDirectory(keep).FullName, $"workbook-{noise}.xlsx"), overwrite: true);
            return problem;
        }, input => input.ToString());
    }

    [Fact]
    public void EveryRegressionFile_IsHandledCleanly()
    {
        var files = Corpus.RegressionFiles.ToList();
        var output = Path.Combine(_dir, "regression.yaml");
        Fuzz.Run("regressions", Gen.Int[0, Math.Max(0, files.Count - 1)], files.Count, i => Path.GetExtension(files[i]) switch
        {
            ".csv" => CliRunner.InProcess("review", Corpus.SeedPlan, "--actuals", files[i], "--json"),
            ".xlsx" => CliRunner.InProcess("import", files[i], "-o", output),
            ".json" => null, // API bodies: ApiFuzzTests posts them
            _ => CliRunner.InProcess("check", files[i], "--json"),
        }, i => files[i]);
    }

    [Fact]
    public void AFewInputs_ThroughTheRealExecutable_AreHandledCleanlyWithin1GiB()
    {
        var bomb = Path.Combine(_dir, "bomb.xlsx");
        Assert.Null(CliRunner.InProcess("export", Corpus.SeedPlan, "--format", "xlsx", "-o", bomb));
        using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Update))
        using (var entry = zip.CreateEntry("xl/media/zeros.bin", CompressionLevel.SmallestSize).Open())
        {
            var zeros = new byte[1 << 20];
            for (var mb = 0; mb < 150; mb++) entry.Write(zeros);
        }
        var yaml = Path.Combine(_dir, "mutated.yaml");
        File.WriteAllText(yaml, Mutate(Corpus.Plans[0], [new Mutation(2, 0.5, 10, 0), new Mutation(5, 0.3, 5, 22)]));
        string[][] runs =
        [
            ["import", bomb, "-o", Path.Combine(_dir, "bomb.yaml")],
            ["check", yaml, "--json"],
            ["review", Corpus.SeedPlan, "--actuals", Corpus.SeedActuals, "--json"],
            .. Corpus.RegressionFiles.Where(f => f.EndsWith(".yaml", StringComparison.Ordinal)).Take(3).Select(f => new[] { "check", f }),
        ];
        Fuzz.Run("real executable", Gen.Int[0, runs.Length - 1], runs.Length, i => CliRunner.Process(runs[i]), i => string.Join(' ', runs[i]));
    }

    internal static string Mutate(string text, IEnumerable<Mutation> edits) => edits.Aggregate(text, (t, e) => e.Apply(t));

    static Dictionary<string, string> ReadEntries(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    static void WriteWorkbook(string path, Dictionary<string, string> entries, string mutated, Func<string, string> mutate)
    {
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in entries)
        {
            using var w = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            w.Write(name == mutated ? mutate(text) : text);
        }
    }

    static byte[] DamageBytes(byte[] bytes, int noise)
    {
        var random = new Random(noise);
        var copy = (byte[])bytes.Clone();
        switch (noise % 3)
        {
            case 0:
                for (var i = 0; i < 1 + (noise % 16); i++) copy[random.Next(copy.Length)] = (byte)random.Next(256);
                return copy;
            case 1:
                return copy[..random.Next(copy.Length)];
            default:
                var at = random.Next(copy.Length);
                return [.. copy[..at], .. Enumerable.Range(0, random.Next(1, 4096)).Select(_ => (byte)random.Next(256)), .. copy[at..]];
        }
    }
}
