using Ippon.Calculation;
using Ippon.Dimensions;
using Ippon.Plans;

namespace Ippon.Bench;

/// <summary>The benchmark model as an Ippon plan: N funnel chains × P periods, one total per period.</summary>
/// <remarks>
/// Same model and same deterministic inputs as ../shared/bench/hyperformula/bench.mjs: per chain and period,
/// leads, conv_rate, win_rate and unit_price are inputs; deals = leads × conv_rate; orders = deals × win_rate;
/// revenue = orders × unit_price; total = sum(revenue) per period. Chains are the members of a dimension.
/// </remarks>
public sealed class ChainModel
{
    /// <summary>The four input arrays (leads, conv_rate, win_rate, unit_price), chain-major: cell = chain × P + period.</summary>
    public static decimal[][] Inputs(int n, int p)
    {
        var leads = new decimal[n * p];
        var conv = new decimal[n * p];
        var win = new decimal[n * p];
        var price = new decimal[n * p];
        for (var i = 0; i < n; i++)
        {
            var c = Conv0(i);
            var w = Win0(i);
            for (var j = 0; j < p; j++)
            {
                var k = (i * p) + j;
                leads[k] = Leads0(i, j);
                conv[k] = c;
                win[k] = w;
                price[k] = Price0(i, j);
            }
        }
        return [leads, conv, win, price];
    }

    /// <summary>Builds the plan, compiles it, adopts <paramref name="inputs"/> (from <see cref="Inputs"/>) and calculates.</summary>
    public ChainModel(int n, int p, decimal[][] inputs)
    {
        N = n;
        P = p;
        var chain = new Dimension("chain", Enumerable.Range(0, n).Select(i => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var period = new Dimension("period", Enumerable.Range(0, p).Select(i => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var cells = new[] { "chain", "period" };
        Metric Input(string id, string unit) => new() { Id = id, Unit = Unit.Parse(unit), By = [.. cells], Value = 0 };
        Metric Calc(string id, string formula, string unit, string[]? by = null) => new()
        {
            Id = id, Unit = Unit.Parse(unit), Formula = Formula.Parse(formula).Value, By = [.. by ?? cells],
        };
        var plan = new Plan
        {
            Title = "KPI chain benchmark",
            Dimensions = [chain, period],
            Metrics =
            [
                Input("leads", "count"), Input("conv_rate", "ratio"), Input("win_rate", "ratio"), Input("unit_price", "JPY"),
                Calc("deals", "leads * conv_rate", "count"), Calc("orders", "deals * win_rate", "count"),
                Calc("revenue", "orders * unit_price", "JPY"), Calc("total", "sum(revenue)", "JPY", ["period"]),
            ],
        };
        Model = PlanModel.Build(plan);
        Leads = Model.IndexOf("leads");
        Conv = Model.IndexOf("conv_rate");
        Win = Model.IndexOf("win_rate");
        Price = Model.IndexOf("unit_price");
        Revenue = Model.IndexOf("revenue");
        Total = Model.IndexOf("total");
        int[] order = [Leads, Conv, Win, Price];
        Sheet = new Sheet(Model, m => Array.IndexOf(order, m) is var i and >= 0 ? inputs[i] : null);
        Sheet.Calculate();
    }

    public int N { get; }
    public int P { get; }
    public PlanModel Model { get; }
    public Sheet Sheet { get; }
    public int Leads { get; }
    public int Conv { get; }
    public int Win { get; }
    public int Price { get; }
    public int Revenue { get; }
    public int Total { get; }

    /// <summary>The cell of chain <paramref name="i"/> in period <paramref name="p"/>.</summary>
    public int Cell(int i, int p) => (i * P) + p;

    public decimal TotalOf(int p) => Sheet.Get(Total, p).Value;

    // The peer's inputs (bench.mjs: leads0, conv0, win0, price0), exact in decimal.
    public static decimal Leads0(int i, int p) => 1000 + (i % 97) + p;
    public static decimal Conv0(int i) => 0.1m + ((i % 7) * 0.01m);
    public static decimal Win0(int i) => 0.2m + ((i % 5) * 0.01m);
    public static decimal Price0(int i, int p) => 100 + (i % 13) + (p * 0.5m);

    /// <summary>The expected total of period <paramref name="p"/>, computed directly (exact).</summary>
    public static decimal ExpectedTotal(int n, int p)
    {
        decimal total = 0;
        for (var i = 0; i < n; i++) total += Leads0(i, p) * Conv0(i) * Win0(i) * Price0(i, p);
        return total;
    }
}
