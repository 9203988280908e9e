using Ippon.Files.Actuals;
using Ippon.Files.Plans;
using Ippon.Numbers;

namespace Ippon.Files.Tests.Actuals;

/// <summary>An actuals row's unknown member, metric or period is echoed in its error cut to 40 characters: one readable line, not the whole input.</summary>
public class EchoedInputTests
{
    static readonly string s_long = new('長', 2_000);

    [Theory]
    [InlineData("period,metric,member,value\nQ1,rep_deals,{0},20\n")]
    [InlineData("period,metric,member,value\nQ1,{0},田中,20\n")]
    public void ALongUnknownName_IsEchoedClipped(string csv)
    {
        var plan = PlanReader.Parse(TwoRepsPlan.Yaml).Plan!;

        var error = Assert.Single(ActualsReader.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, csv, s_long), plan, "a.csv").Errors);

        var ja = error.Message.In(Language.Ja);
        Assert.Contains(new string('長', 40) + "…'", ja, StringComparison.Ordinal);
        Assert.True(ja.Length < 200, ja);
    }
}
