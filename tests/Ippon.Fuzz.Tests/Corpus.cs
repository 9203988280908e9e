namespace Ippon.Fuzz.Tests;

/// <summary>The seeds the mutations start from: the example plans and CSVs and every reproducer in tests/Regressions.</summary>
public static class Corpus
{
    /// <summary>The repository's root (the folder holding Ippon.slnx).</summary>
    public static string Root => Repository.Root;

    public static string Examples => Path.Combine(Root, "examples");

    public static string Regressions => Path.Combine(Root, "tests", "Regressions");

    public static string SeedPlan => Path.Combine(Examples, "sales-100m.yaml");

    public static string SeedActuals => Path.Combine(Examples, "sales-100m-actuals.csv");

    /// <summary>Plan files: the examples and the YAML reproducers.</summary>
    public static IReadOnlyList<string> Plans { get; } = Files(Examples, "*.yaml").Concat(Files(Regressions, "*.yaml")).Select(File.ReadAllText).ToList();

    /// <summary>Actuals: the examples' CSVs and the CSV reproducers.</summary>
    public static IReadOnlyList<string> Csvs { get; } = Files(Examples, "*.csv").Concat(Files(Regressions, "*.csv")).Select(File.ReadAllText).ToList();

    /// <summary>Every reproducer file of tests/Regressions (not the README).</summary>
    public static IEnumerable<string> RegressionFiles => Files(Regressions, "*").Where(f => Path.GetFileName(f) != "README.md");

    static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal) : [];
}
