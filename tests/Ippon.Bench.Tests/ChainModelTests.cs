namespace Ippon.Bench.Tests;

/// <summary>The benchmark model computes what the peer's model computes: the totals are checked here, the speed in the bench program.</summary>
public class ChainModelTests
{
    // The peer's expected total (bench.mjs), in double as JavaScript computes it.
    static double PeerExpectedTotal(int n, int p)
    {
        double total = 0;
        for (var i = 0; i < n; i++)
            total += (1000 + (i % 97) + p) * (0.1 + ((i % 7) * 0.01)) * (0.2 + ((i % 5) * 0.01)) * (100 + (i % 13) + (p * 0.5));
        return total;
    }

    [Theory]
    [InlineData(1, 12)]
    [InlineData(250, 12)]
    [InlineData(1000, 3)]
    public void ChainModel_EveryPeriodTotal_EqualsTheDirectSumExactlyAndThePeersWithin1e9(int n, int p)
    {
        var model = new ChainModel(n, p, ChainModel.Inputs(n, p));

        for (var q = 0; q < p; q++)
        {
            Assert.Equal(ChainModel.ExpectedTotal(n, q), model.TotalOf(q));
            var peer = PeerExpectedTotal(n, q);
            Assert.InRange((double)model.TotalOf(q), peer * (1 - 1e-9), peer * (1 + 1e-9));
        }
    }

    [Fact]
    public void ChainModel_OneChainsRevenue_IsLeadsTimesRatesTimesPrice()
    {
        var model = new ChainModel(10, 2, ChainModel.Inputs(10, 2));

        // chain 3, period 1: 1004 leads × 13% × 23% × 103.5
        Assert.Equal(1004m * 0.13m * 0.23m * 103.5m, model.Sheet.Get(model.Revenue, model.Cell(3, 1)).Value);
    }

    [Fact]
    public void Floor_SameModelInDoubles_AgreesWithTheEngineWithin1e9()
    {
        var model = new ChainModel(500, 12, ChainModel.Inputs(500, 12));

        var floor = Floor.BuildAndCalculate(500, 12, Floor.Inputs(500, 12));

        Assert.InRange(floor, (double)model.TotalOf(0) * (1 - 1e-9), (double)model.TotalOf(0) * (1 + 1e-9));
    }
}
