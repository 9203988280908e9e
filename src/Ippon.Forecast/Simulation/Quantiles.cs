namespace Ippon.Forecast.Simulation;

/// <summary>Percentiles of simulated values by selection (Hoare's quickselect, three-way partition), O(n) without sorting.</summary>
/// <remarks>
/// A landing is often a handful of distinct values (orders are small whole numbers) repeated 100,000 times; the
/// three-way partition keeps runs of equal values in one step where a two-way one degrades. MathNet's
/// <c>ArrayStatistics.QuantileInplace</c> took 10–40 ms per 100,000 values here, more than the whole simulation.
/// The percentile is the order statistic ⌈p·n⌉ (the inverse of the empirical CDF), as for MathNet's default.
/// </remarks>
static class Quantiles
{
    /// <summary>The 10th, 50th and 90th percentiles of <paramref name="values"/>, reordering them.</summary>
    /// <remarks>The median's selection leaves every value below its rank at most the median and every one above at
    /// least, so the 10th percentile is selected among the lower part alone and the 90th among the upper: about half
    /// the work of three selections over the whole array, the same figures.</remarks>
    public static (double P10, double P50, double P90) Deciles(double[] values)
    {
        var n = values.Length;
        var (k10, k50, k90) = (RankOf(n, 0.1), RankOf(n, 0.5), RankOf(n, 0.9));
        var p50 = SelectRank(values, k50, 0, n - 1);
        return (SelectRank(values, k10, 0, k50), p50, SelectRank(values, k90, k50, n - 1));
    }

    // The order statistic ⌈p·n⌉ as a 0-based index.
    static int RankOf(int n, double p) => Math.Clamp((int)Math.Ceiling(p * n) - 1, 0, n - 1);

    // The value of rank k among values[lo..hi], leaving values[lo..k) ≤ it ≤ values(k..hi].
    static double SelectRank(double[] values, int k, int lo, int hi)
    {
        var state = 0x9E3779B9u;
        while (lo < hi)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            var pivot = values[lo + (int)(state % (uint)(hi - lo + 1))];
            // Three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot.
            var (lt, i, gt) = (lo, lo, hi);
            while (i <= gt)
            {
                var v = values[i];
                if (v < pivot) (values[lt], values[i], lt, i) = (values[i], values[lt], lt + 1, i + 1);
                else if (v > pivot) (values[i], values[gt], gt) = (values[gt], values[i], gt - 1);
                else i++;
            }
            if (k < lt) hi = lt - 1;
            else if (k > gt) lo = gt + 1;
            else return pivot;
        }
        return values[k];
    }
}
