namespace Ippon.Bench;

/// <summary>The floor: the same model as a hand-written loop over flat double arrays, no engine at all.</summary>
public static class Floor
{
    /// <summary>The four input arrays, generated outside the timing as for the engines.</summary>
    public static double[][] Inputs(int n, int p)
    {
        var size = n * p;
        var leads = new double[size];
        var conv = new double[size];
        var win = new double[size];
        var price = new double[size];
        for (var i = 0; i < n; i++)
        {
            for (var q = 0; q < p; q++)
            {
                var k = (i * p) + q;
                leads[k] = 1000 + (i % 97) + q;
                conv[k] = 0.1 + ((i % 7) * 0.01);
                win[k] = 0.2 + ((i % 5) * 0.01);
                price[k] = 100 + (i % 13) + (q * 0.5);
            }
        }
        return [leads, conv, win, price];
    }

    /// <summary>Allocates the formula arrays, computes every formula and the period totals; returns period 0's total.</summary>
    public static double BuildAndCalculate(int n, int p, double[][] inputs)
    {
        var size = n * p;
        var (leads, conv, win, price) = (inputs[0], inputs[1], inputs[2], inputs[3]);
        var deals = new double[size];
        var orders = new double[size];
        var revenue = new double[size];
        var total = new double[p];
        for (var k = 0; k < size; k++) deals[k] = leads[k] * conv[k];
        for (var k = 0; k < size; k++) orders[k] = deals[k] * win[k];
        for (var k = 0; k < size; k++) revenue[k] = orders[k] * price[k];
        for (var k = 0; k < size; k++) total[k % p] += revenue[k];
        return total[0];
    }
}
