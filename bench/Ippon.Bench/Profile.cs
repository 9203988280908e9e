using System.Diagnostics;
using Ippon.Calculation;
using Ippon.Dimensions;
using Ippon.Plans;

namespace Ippon.Bench;

/// <summary>Times the steps of building the chain model, to see where build time goes (--profile).</summary>
public static class Profile
{
    public static void Run(int n, int p)
    {
        _ = new ChainModel(6000, p, ChainModel.Inputs(6000, p));
        for (var rep = 0; rep < 5; rep++)
        {
            var inputs = ChainModel.Inputs(n, p);
            var sw = Stopwatch.StartNew();
            var chain = new Dimension("chain", Enumerable.Range(0, n).Select(i => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var period = new Dimension("period", Enumerable.Range(0, p).Select(i => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var tDims = sw.Elapsed.TotalMilliseconds;
            var cells = new[] { "chain", "period" };
            Metric Input(string id) => new() { Id = id, By = [.. cells], Value = 0 };
            Metric Calc(string id, string f, string[]? by = null) => new() { Id = id, Formula = Formula.Parse(f).Value, By = [.. by ?? cells] };
            var plan = new Plan
            {
                Title = "x", Dimensions = [chain, period],
                Metrics = [Input("leads"), Input("conv_rate"), Input("win_rate"), Input("unit_price"), Calc("deals", "leads * conv_rate"), Calc("orders", "deals * win_rate"), Calc("revenue", "orders * unit_price"), Calc("total", "sum(revenue)", ["period"])],
            };
            var tPlan = sw.Elapsed.TotalMilliseconds;
            var model = PlanModel.Build(plan);
            var tModel = sw.Elapsed.TotalMilliseconds;
            int[] order = [0, 1, 2, 3];
            var sheet = new Sheet(model, m => m < 4 ? inputs[m] : null);
            var tSheet = sw.Elapsed.TotalMilliseconds;
            sheet.Calculate();
            var tCalc = sw.Elapsed.TotalMilliseconds;
            sheet.Calculate();
            var tCalc2 = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"dims {tDims:F2} plan {tPlan - tDims:F2} model {tModel - tPlan:F2} sheet {tSheet - tModel:F2} calc {tCalc - tSheet:F2} total {tCalc:F2}  (warm recalc {tCalc2 - tCalc:F2})");
        }
    }
}
