using System.Text;
using Ippon.Plans;

namespace Ippon.Web.Features.Authoring;

/// <summary>A formula as people read it: every metric it names by its name (新規受注数 × 平均受注単価), never its id.</summary>
public static class FormulaNames
{
    public static string Display(Plan plan, Formula formula)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(formula);
        var text = formula.Text;
        var sb = new StringBuilder();
        var at = 0;
        foreach (var r in formula.Expr.References().OrderBy(r => r.Start))
        {
            if (r.Start < at || r.Start + r.Length > text.Length) continue;
            sb.Append(Operators(text[at..r.Start]));
            sb.Append(plan.Find(r.Id)?.Label ?? r.Id);
            at = r.Start + r.Length;
        }
        sb.Append(Operators(text[at..]));
        return sb.ToString();
    }

    static string Operators(string s) => s.Replace("*", "×", StringComparison.Ordinal).Replace("/", "÷", StringComparison.Ordinal);
}
