namespace Ippon.Numbers;

/// <summary>
/// The largest-remainder method's last step, the one home of its order: the units still missing after every part was
/// floored go one each to the parts with the largest fractions, ties to the earlier part.
/// </summary>
/// <remarks>
/// The parts that get a unit are found by selection (quickselect), not by sorting every fraction: a KGI shared over
/// 10,000 reps is split on every edit, and only which parts are above the cut matters, not their order. The fractions
/// are ranked by (fraction descending, index ascending), a total order, so the chosen parts are exactly those a sort
/// would take first.
/// </remarks>
static class LargestRemainder
{
    /// <summary>Adds <paramref name="step"/> to the <paramref name="units"/> parts with the largest <paramref name="fractions"/> (ties: the lower index).</summary>
    /// <param name="parts">The floored parts, changed in place.</param>
    /// <param name="fractions">Each part's fraction (raw − floor), as large as <paramref name="parts"/>.</param>
    /// <param name="units">How many parts get one more <paramref name="step"/>; none when 0 or less, all when at least their number.</param>
    public static void Award(decimal[] parts, decimal[] fractions, int units, decimal step)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(fractions);
        if (units <= 0) return;
        var n = parts.Length;
        if (units >= n)
        {
            for (var i = 0; i < n; i++) parts[i] += step;
            return;
        }
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        SelectFirst(order, fractions, units);
        for (var p = 0; p < units; p++) parts[order[p]] += step;
    }

    // True when part a ranks before part b: a larger fraction, or the same fraction and an earlier part.
    static bool Before(decimal[] fractions, int a, int b) =>
        fractions[a] > fractions[b] || (fractions[a] == fractions[b] && a < b);

    // Rearranges order so that its first `count` entries are the `count` parts ranked first (in no particular order):
    // Hoare's quickselect with a median-of-three pivot; a range that keeps failing to shrink is sorted instead, so the
    // worst case stays O(n log n).
    static void SelectFirst(int[] order, decimal[] fractions, int count)
    {
        int lo = 0, hi = order.Length - 1;
        var rounds = 0;
        var limit = 2 * (int)Math.Log2(order.Length) + 8;
        while (hi > lo)
        {
            if (++rounds > limit)
            {
                Array.Sort(order, lo, hi - lo + 1, Comparer<int>.Create((a, b) => a == b ? 0 : Before(fractions, a, b) ? -1 : 1));
                return;
            }
            var pivot = MedianOfThree(order[lo], order[lo + (hi - lo) / 2], order[hi], fractions);
            int i = lo, j = hi;
            while (i <= j)
            {
                while (Before(fractions, order[i], pivot)) i++;
                while (Before(fractions, pivot, order[j])) j--;
                if (i <= j)
                {
                    (order[i], order[j]) = (order[j], order[i]);
                    i++;
                    j--;
                }
            }
            // Now order[lo..j] rank no later than the pivot and order[i..hi] no earlier; between them only the pivot.
            if (count <= j) hi = j;
            else if (count >= i) lo = i;
            else return;
        }
    }

    static int MedianOfThree(int a, int b, int c, decimal[] fractions)
    {
        if (Before(fractions, b, a)) (a, b) = (b, a);
        if (Before(fractions, c, b)) (b, c) = (c, b);
        if (Before(fractions, b, a)) (a, b) = (b, a);
        return b;
    }
}
