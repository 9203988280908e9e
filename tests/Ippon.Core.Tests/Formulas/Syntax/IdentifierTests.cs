using Ippon.Formulas.Syntax;

namespace Ippon.Tests.Formulas.Syntax;

public class IdentifierTests
{
    [Theory]
    [InlineData("商談数", "商談数")]
    [InlineData("新規 受注数", "「新規 受注数」")]
    [InlineData("2次商談", "「2次商談」")]
    public void Quote_NameThatIsNoBareWord_IsBracketed(string name, string expected) => Assert.Equal(expected, Identifier.Quote(name));
}
