using System.Text;

namespace Ippon.Cli.Output;

/// <summary>Small charts drawn with block characters: sparklines of plan vs actual per period, progress bars, tornado bars.</summary>
static class Bars
{
    const string Levels = "▁▂▃▄▅▆▇█";

    /// <summary>One block per value, its height relative to <paramref name="max"/>; a dot where the value is unknown.</summary>
    public static string Spark(decimal? value, decimal max)
    {
        if (value is not { } v) return "·";
        if (max <= 0 || v <= 0) return "▁";
        var i = (int)Math.Round(Math.Min(v / max, 1m) * (Levels.Length - 1));
        return Levels[Math.Clamp(i, 0, Levels.Length - 1)].ToString();
    }

    /// <summary>A bar of <paramref name="width"/> cells: █ reached, ▒ planned by now but not reached, ░ still to come.</summary>
    public static (string Reached, string Short, string Ahead) Progress(decimal actual, decimal plannedByNow, decimal total, int width)
    {
        if (total <= 0) return ("", "", new string('░', width));
        int Cells(decimal v) => (int)Math.Clamp(Math.Round(v / total * width), 0, width);
        var reached = Cells(actual);
        var planned = Cells(plannedByNow);
        var shortfall = Math.Max(0, planned - reached);
        return (new string('█', reached), new string('▒', shortfall), new string('░', width - reached - shortfall));
    }

    /// <summary>A horizontal bar for <paramref name="fraction"/> of <paramref name="width"/> cells, with an eighth-block end.</summary>
    public static string Horizontal(decimal fraction, int width)
    {
        var eighths = (int)Math.Round(Math.Clamp(fraction, 0m, 1m) * width * 8);
        var sb = new StringBuilder(new string('█', eighths / 8));
        if (eighths % 8 > 0) sb.Append("▏▎▍▌▋▊▉"[(eighths % 8) - 1]);
        return sb.ToString();
    }
}
