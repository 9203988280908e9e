using System.Text;
using Ippon.Numbers;

namespace Ippon.Files.Tests;

public sealed class TextFileTests : IDisposable
{
    readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    string Write(string name, byte[] bytes)
    {
        var path = _dir.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Read_Utf8File_ReturnsItsText()
    {
        var path = Write("p.yaml", Encoding.UTF8.GetBytes("plan: 年間売上1億円計画\n"));

        var read = TextFile.Read(path, 1024, "plan");

        Assert.Empty(read.Errors);
        Assert.Equal("plan: 年間売上1億円計画\n", read.Value);
    }

    [Fact]
    public void Read_Directory_SaysItIsADirectory()
    {
        var read = TextFile.Read(_dir.Path, 1024, "plan (YAML)");

        Assert.Null(read.Value);
        Assert.Equal($"{_dir.Path}: is a directory; expected a plan (YAML) file", Assert.Single(read.Errors).Format(Language.En));
    }

    [Fact]
    public void Read_MissingFile_SaysThereIsNoSuchFile()
    {
        var error = Assert.Single(TextFile.Read(_dir.File("nope.yaml"), 1024, "plan").Errors);

        Assert.Contains("no such file", error.Message.In(Language.En));
        Assert.Contains("ファイルがありません", error.Message.In(Language.Ja));
    }

    [Fact]
    public void Read_FileAboveTheLimit_IsRefusedWithItsSize()
    {
        var path = Write("big.yaml", new byte[3 * 1024 * 1024]);

        var error = Assert.Single(TextFile.Read(path, 1024 * 1024, "plan").Errors);

        Assert.Contains("is 3 MB, above the 1 MB limit", error.Message.In(Language.En));
    }

    [Fact]
    public void Read_ActualsFileAboveTheLimit_SpeaksOfActualsNotOfPlans()
    {
        var path = Write("big.csv", new byte[3 * 1024 * 1024]);

        var error = Assert.Single(TextFile.Read(path, 1024 * 1024, "actuals (CSV)").Errors);

        Assert.Contains("above the 1 MB limit for actuals (CSV) files; split the file", error.Message.In(Language.En));
        Assert.DoesNotContain("member values", error.Message.In(Language.En));
        Assert.DoesNotContain("メンバー", error.Message.In(Language.Ja));
    }

    [Fact]
    public void Read_BinaryFile_NamesTheFirstNulByte()
    {
        var path = Write("b.yaml", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]);

        var error = Assert.Single(TextFile.Read(path, 1024, "plan").Errors);

        Assert.Contains("binary file (NUL byte at offset 4)", error.Message.In(Language.En));
    }

    [Fact]
    public void Read_ShiftJisFile_SaysItIsNotUtf8()
    {
        // 売上 in Shift_JIS.
        var path = Write("sjis.yaml", [.. "plan: "u8, 0x94, 0x84, 0x8F, 0xE3, 0x0A]);

        var error = Assert.Single(TextFile.Read(path, 1024, "plan").Errors);

        Assert.Contains("is not UTF-8", error.Message.In(Language.En));
        Assert.Contains("UTF-8 ではありません", error.Message.In(Language.Ja));
    }
}
