using System.Globalization;
using System.Text.Json;

namespace Ippon.Bench;

/// <summary>Sets the peer's and Ippon's JSON lines side by side: per phase, both figures and the ratio.</summary>
public static class Compare
{
    public static int Run(string hfFile, string ipponFile)
    {
        var hf = Load(hfFile);
        var ip = Load(ipponFile);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"{"phase",-34} {"metric",-22} {"HyperFormula",14} {"Ippon",14} {"ratio (HF/Ippon)",18}");
        void Row(string phase, string metric, string? ipponPhase = null, string? ipponMetric = null)
        {
            if (!hf.TryGetValue(phase, out var h) || !ip.TryGetValue(ipponPhase ?? phase, out var i)) return;
            if (!h.TryGetProperty(metric, out var hv) || !i.TryGetProperty(ipponMetric ?? metric, out var iv)) return;
            if (hv.ValueKind != JsonValueKind.Number || iv.ValueKind != JsonValueKind.Number) return;
            var a = hv.GetDouble();
            var b = iv.GetDouble();
            var ratio = b == 0 ? "∞" : (a / b).ToString("#,0.0", inv) + "×";
            Console.WriteLine($"{phase,-34} {metric,-22} {a.ToString("#,0.####", inv),14} {b.ToString("#,0.####", inv),14} {ratio,18}");
        }
        Row("build_full_calc", "build_and_calc_ms");
        Row("build_full_calc", "bytes_per_cell");
        Row("single_edit_incremental", "avg_ms");
        Row("single_edit_incremental", "p50_ms");
        Row("single_edit_incremental", "p95_ms");
        Row("goal_seek_chain_revenue", "avg_ms_per_goal_seek");
        Row("goal_seek_top_total", "avg_ms_per_goal_seek");
        Row("batch_one_period_all_inputs", "avg_ms");
        Row("all_leads_all_periods", "ms");
        if (ip.TryGetValue("floor_flat_double_loop", out var floor) && ip.TryGetValue("build_full_calc", out var build))
        {
            var f = floor.GetProperty("build_and_calc_ms").GetDouble();
            var b = build.GetProperty("build_and_calc_ms").GetDouble();
            Console.WriteLine($"{"floor (flat double loop)",-34} {"build_and_calc_ms",-22} {"",14} {f.ToString("#,0.##", inv),14} {"Ippon/floor " + (b / f).ToString("0.0", inv) + "×",18}");
        }
        if (hf.TryGetValue("build_full_calc", out var hb) && ip.TryGetValue("build_full_calc", out var ib))
        {
            var match = Math.Abs(hb.GetProperty("total_p0").GetDouble() - ib.GetProperty("total_p0").GetDouble())
                        <= 1e-9 * Math.Abs(hb.GetProperty("total_p0").GetDouble());
            Console.WriteLine($"totals: HyperFormula {hb.GetProperty("total_p0")} vs Ippon {ib.GetProperty("total_p0")} → {(match ? "equal" : "DIFFERENT")}");
            return match ? 0 : 1;
        }
        return 0;
    }

    static Dictionary<string, JsonElement> Load(string file)
    {
        var result = new Dictionary<string, JsonElement>();
        foreach (var line in File.ReadLines(file))
        {
            if (!line.TrimStart().StartsWith('{')) continue;
            var doc = JsonDocument.Parse(line).RootElement;
            if (!doc.TryGetProperty("phase", out var phase)) continue;
            var key = phase.GetString()!;
            if (doc.TryGetProperty("api", out var api) && api.GetString() == "batch") key += "_batch_api";
            result.TryAdd(key, doc);
        }
        return result;
    }
}
