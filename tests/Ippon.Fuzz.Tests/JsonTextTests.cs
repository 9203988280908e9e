using System.Text.Json;
using CsCheck;

namespace Ippon.Fuzz.Tests;

public sealed class JsonTextTests
{
    [Fact]
    public void Quote_ReadsBackAsTheSameString()
    {
        // Any characters, control characters, quotes and Japanese among them (CsCheck's strings include them).
        Gen.String.Sample(text =>
        {
            if (text.Any(char.IsSurrogate)) return; // unpaired surrogates read back as U+FFFD
            Assert.Equal(text, JsonDocument.Parse(JsonText.Quote(text)).RootElement.GetString());
        });
        Assert.Equal("名前\n\"q\"\\\t", JsonDocument.Parse(JsonText.Quote("名前\n\"q\"\\\t")).RootElement.GetString());
    }
}
