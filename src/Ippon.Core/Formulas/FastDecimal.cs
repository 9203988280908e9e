using System.Runtime.CompilerServices;

namespace Ippon.Formulas;

/// <summary>Decimal multiply and add without the general routine's overhead, for the engine's whole-array loops.</summary>
/// <remarks>
/// Plan numbers are small decimals (counts, yen, rates with a few places): their 96-bit mantissas fit in 64 bits,
/// so a product is one 64×64→128-bit multiply and the sum of the scales, exactly what <see cref="decimal"/>'s own
/// operator computes, at a quarter of the cost. Anything else (a mantissa over 64 bits, a product that would need
/// rescaling, mixed scales in a sum) falls back to the BCL operator, so results are always identical to it; a
/// static self-check disables the fast path should the runtime ever change decimal's layout.
/// </remarks>
public static class FastDecimal
{
    // decimal's layout in .NET: flags (sign bit 31, scale in bits 16-23), the high 32 bits, the low 64 bits.
    struct Layout
    {
        public int Flags;
        public uint Hi;
        public ulong Lo;
    }

    static readonly bool s_enabled = SelfCheck();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Multiply(decimal a, decimal b)
    {
        if (s_enabled)
        {
            ref var x = ref Unsafe.As<decimal, Layout>(ref a);
            ref var y = ref Unsafe.As<decimal, Layout>(ref b);
            if ((x.Hi | y.Hi) == 0)
            {
                var high = Math.BigMul(x.Lo, y.Lo, out var low);
                var scale = ((x.Flags >> 16) & 0xFF) + ((y.Flags >> 16) & 0xFF);
                if (high <= uint.MaxValue && scale <= 28)
                {
                    Layout r;
                    r.Lo = low;
                    r.Hi = (uint)high;
                    r.Flags = (low | high) == 0 ? scale << 16 : ((x.Flags ^ y.Flags) & int.MinValue) | (scale << 16);
                    return Unsafe.As<Layout, decimal>(ref r);
                }
            }
        }
        return a * b;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Add(decimal a, decimal b)
    {
        if (s_enabled)
        {
            ref var x = ref Unsafe.As<decimal, Layout>(ref a);
            ref var y = ref Unsafe.As<decimal, Layout>(ref b);
            if ((x.Hi | y.Hi) == 0 && x.Flags == y.Flags && x.Flags >= 0)
            {
                var sum = x.Lo + y.Lo;
                if (sum >= x.Lo)
                {
                    Layout r;
                    r.Lo = sum;
                    r.Hi = 0;
                    r.Flags = x.Flags;
                    return Unsafe.As<Layout, decimal>(ref r);
                }
            }
        }
        return a + b;
    }

    static bool SelfCheck()
    {
        decimal[] samples = [0m, 1m, -1m, 0.2m, 0.15m, 1340m, 2_000_000m, 123.456m, -0.001m, 79_228_162_514m, 1e-10m];
        foreach (var a in samples)
        {
            foreach (var b in samples)
            {
                var m = Unchecked(a, b, multiply: true);
                var s = Unchecked(a, b, multiply: false);
                if (m is not null && (m.Value != a * b || m.Value.Scale != (a * b).Scale)) return false;
                if (s is not null && (s.Value != a + b || s.Value.Scale != (a + b).Scale)) return false;
            }
        }
        return true;
    }

    // The fast paths without the enabled flag, for the self-check; null where they would fall back.
    static decimal? Unchecked(decimal a, decimal b, bool multiply)
    {
        ref var x = ref Unsafe.As<decimal, Layout>(ref a);
        ref var y = ref Unsafe.As<decimal, Layout>(ref b);
        if ((x.Hi | y.Hi) != 0) return null;
        Layout r;
        if (multiply)
        {
            var high = Math.BigMul(x.Lo, y.Lo, out var low);
            var scale = ((x.Flags >> 16) & 0xFF) + ((y.Flags >> 16) & 0xFF);
            if (high > uint.MaxValue || scale > 28) return null;
            r.Lo = low;
            r.Hi = (uint)high;
            r.Flags = (low | high) == 0 ? scale << 16 : ((x.Flags ^ y.Flags) & int.MinValue) | (scale << 16);
        }
        else
        {
            if (x.Flags != y.Flags || x.Flags < 0) return null;
            var sum = x.Lo + y.Lo;
            if (sum < x.Lo) return null;
            r.Lo = sum;
            r.Hi = 0;
            r.Flags = x.Flags;
        }
        return Unsafe.As<Layout, decimal>(ref r);
    }
}
