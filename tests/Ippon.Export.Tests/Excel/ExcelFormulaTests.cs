using Ippon.Export.Excel;
using Ippon.Formulas.Syntax;

namespace Ippon.Export.Tests.Excel;

public class ExcelFormulaTests
{
    static readonly NameTable s_names = new(["deals", "win_rate", "a", "b", "x", "c", "ksf1", "r2c3", "true"]);

    [Theory]
    [InlineData("deals * win_rate", "deals*win_rate")]
    [InlineData("a - (b - x)", "a-(b-x)")]
    [InlineData("(a - b) - x", "a-b-x")]
    [InlineData("a / (b * x)", "a/(b*x)")]
    [InlineData("-a ^ 2", "-(a^2)")]
    [InlineData("a ^ b ^ x", "a^(b^x)")]
    [InlineData("(a + b) * x", "(a+b)*x")]
    [InlineData("sum(a, b) + avg(a, x)", "SUM(a,b)+AVERAGE(a,x)")]
    [InlineData("round(a)", "ROUND(a,0)")]
    [InlineData("round(a, 2)", "ROUND(a,2)")]
    [InlineData("ceil(a / b)", "-INT(-(a/b))")]
    [InlineData("floor(a) + abs(b)", "INT(a)+ABS(b)")]
    [InlineData("min(a, 0.5) * max(b, 1000000)", "MIN(a,0.5)*MAX(b,1000000)")]
    [InlineData("ksf1 + r2c3 + true + c", "_ksf1+_r2c3+_true+_c")]
    public void Forward_IpponFormula_BecomesTheSameExcelFormula(string ippon, string excel) =>
        Assert.Equal(excel, ExcelFormula.Forward(Parser.Parse(ippon).Value!, s_names));

    [Theory]
    [InlineData("deals", true)]
    [InlineData("orders_target", true)]
    [InlineData("ksf1", false)]
    [InlineData("abc123", false)]
    [InlineData("abcd123", true)]
    [InlineData("r1c1", false)]
    [InlineData("r", false)]
    [InlineData("c", false)]
    [InlineData("rc", false)]
    [InlineData("true", false)]
    [InlineData("_ksf1", true)]
    public void IsValid_Name_FollowsExcelsRules(string name, bool valid) => Assert.Equal(valid, NameTable.IsValid(name));

    [Fact]
    public void Target_CollidingWithAMetricId_GetsThePrefixInstead()
    {
        var names = new NameTable(["deals", "deals_target"]);

        Assert.Equal("_t_deals", names.Target("deals"));
        Assert.Equal("deals_target", names.Planned("deals_target"));
        Assert.Equal("deals_target_target", names.Target("deals_target"));
        Assert.Equal(("deals", true), names.Resolve("_t_deals"));
    }
}
