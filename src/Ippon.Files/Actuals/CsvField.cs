namespace Ippon.Files.Actuals;

/// <summary>One field of a CSV file: its text (quotes removed) and where it starts (1-based line and column).</summary>
public readonly record struct CsvField(string Value, int Line, int Column);
