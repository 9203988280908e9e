namespace Ippon.Plans;

/// <summary>
/// A column of a dimension's CSV (<c>from: reps.csv</c>) holding the members' values or targets of a metric: a name of
/// the metric outside the plan file, so removing the metric would leave the CSV naming nothing (and the plan would
/// not reopen).
/// </summary>
/// <param name="Dimension">The dimension whose CSV it is.</param>
/// <param name="File">The CSV file.</param>
/// <param name="Header">The column's header as written: <c>win_rate</c>, <c>rep_revenue.target</c>.</param>
/// <param name="Metric">The metric the column names.</param>
public sealed record DimensionColumn(string Dimension, string File, string Header, string Metric);
