using System.IO.Compression;
using System.Text;
using Ippon.Import.Excel;
using Ippon.Numbers;

namespace Ippon.Import.Tests.Excel;

/// <summary>Workbooks built to exhaust the importer (a zip bomb, millions of cells) are refused with a clear message, before the expensive work.</summary>
public class HostileWorkbookTests
{
    // The seed's own workbook with one more entry: a file of zeros that deflates about a thousandfold.
    static string WithBomb(TempDir dir, long inflatedBytes)
    {
        var path = Workbooks.Write(Workbooks.Seed(), dir.File("bomb.xlsx"));
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        using var entry = zip.CreateEntry("xl/media/zeros.bin", CompressionLevel.SmallestSize).Open();
        var zeros = new byte[1 << 20];
        for (long written = 0; written < inflatedBytes; written += zeros.Length) entry.Write(zeros);
        return path;
    }

    [Fact]
    public void Import_ZipBombInflatingPastTheBudget_IsRefusedNamingTheLimit()
    {
        using var dir = new TempDir();
        var path = WithBomb(dir, WorkbookReader.MaxUnpackedBytes + (20L << 20));
        Assert.True(new FileInfo(path).Length < 2 << 20, "the bomb is small on disk");

        var read = WorkbookImporter.Import(path);

        Assert.False(read.Success);
        var message = read.Errors[0].Format(Language.En);
        Assert.Contains("bomb.xlsx inflates to", message);
        Assert.Contains("above the 100 MB limit", message);
        Assert.Contains("上限 100 MB", read.Errors[0].Format(Language.Ja));
    }

    [Fact]
    public void Import_ZipBombWhoseHeadersClaimASmallSize_IsRefusedByTheBytesReallyInflated()
    {
        using var dir = new TempDir();
        var path = WithBomb(dir, WorkbookReader.MaxUnpackedBytes + (20L << 20));
        LieAboutSizes(path);

        var read = WorkbookImporter.Import(path);

        Assert.False(read.Success);
        Assert.Matches("inflates to|cannot be read as an Excel workbook", read.Errors[0].Format(Language.En));
    }

    [Fact]
    public void Import_SheetWithMoreCellsThanTheLimit_IsRefusedNamingTheUsersFile()
    {
        using var dir = new TempDir();
        var path = Workbooks.Write(Workbooks.Seed(), dir.File("huge.xlsx"));
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            // Replace the first sheet by one of empty cells: small on disk, every one a cell to keep.
            var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            using var w = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            w.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (var row = 1; row <= WorkbookReader.MaxCells / 10 + 1; row++)
            {
                w.Write($"<row r=\"{row}\">");
                for (var c = 0; c < 10; c++) w.Write($"<c r=\"{(char)('A' + c)}{row}\"><v>1</v></c>");
                w.Write("</row>");
            }
            w.Write("</sheetData></worksheet>");
        }

        using var stream = File.OpenRead(path);
        var read = WorkbookImporter.Import(stream, "予算.xlsx");

        Assert.False(read.Success);
        var message = read.Errors[0].Format(Language.En);
        Assert.StartsWith("予算.xlsx: 予算.xlsx has more than 1,000,000 cells", message);
        Assert.DoesNotContain(dir.Path, message);
    }

    [Fact]
    public void Import_FromAStream_NamesTheGivenFileNameNotAPath()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("not a zip"));

        var read = WorkbookImporter.Import(stream, "計画.xlsx");

        Assert.Equal("計画.xlsx: 計画.xlsx cannot be read as an Excel workbook (.xlsx)", read.Errors[0].Format(Language.En));
    }

    [Theory]
    [InlineData("1E+27")]   // within decimal, beyond the plan's ±10^18
    [InlineData("1E+30")]   // beyond decimal: it was read as an empty cell
    [InlineData("-2000000000000000000")]
    public void Import_NumberBeyondTheRange_IsAnInputErrorWithTheCellAddress(string huge)
    {
        using var dir = new TempDir();
        var path = Workbooks.Write(Workbooks.Seed(), dir.File("plan.xlsx"));
        var replaced = ReplaceFirstValue(path, "0.2", huge); // the seed's win rate, 20%

        var read = WorkbookImporter.Import(path);

        Assert.False(read.Success);
        var message = read.Errors[0].Format(Language.En);
        Assert.Matches($@"!{replaced}: '{System.Text.RegularExpressions.Regex.Escape(huge)}' is outside the supported range", message);
        Assert.Contains("扱える範囲", read.Errors[0].Format(Language.Ja));
    }

    // Replaces the first typed-in cell whose stored value is `from` (on any sheet, x: prefixed or not) by `to`; returns its reference (D8).
    static string ReplaceFirstValue(string path, string from, string to)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).ToList())
        {
            string xml;
            using (var r = new StreamReader(entry.Open())) xml = r.ReadToEnd();
            var match = System.Text.RegularExpressions.Regex.Matches(xml, $@"<(?:x:)?c r=""([A-Z]+[0-9]+)""[^>]*>(<(?:x:)?f>[^<]*</(?:x:)?f>)?<(x:)?v>{System.Text.RegularExpressions.Regex.Escape(from)}</(?:x:)?v>")
                .FirstOrDefault(m => !m.Groups[2].Success); // a value typed in, not a formula's cached result
            if (match is null) continue;
            var name = entry.FullName;
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            w.Write(string.Concat(xml.AsSpan(0, match.Index), match.Value.Replace($">{from}<", $">{to}<", StringComparison.Ordinal), xml.AsSpan(match.Index + match.Length)));
            return match.Groups[1].Value;
        }
        throw new InvalidOperationException($"no cell holds {from}");
    }

    // Rewrites the uncompressed size of every entry (local header and central directory) to 1 byte.
    static void LieAboutSizes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04) BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), 1);
            else if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02) BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), 1);
        }
        File.WriteAllBytes(path, bytes);
    }
}
