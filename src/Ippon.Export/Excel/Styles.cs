using DocumentFormat.OpenXml.Spreadsheet;

namespace Ippon.Export.Excel;

/// <summary>Builds the workbook's stylesheet as cells ask for combinations of look, number format and indent.</summary>
sealed class Styles(string fontName)
{
    readonly Dictionary<(Look, string?, int), uint> _formats = [];
    readonly List<(Look Look, uint NumberFormat, int Indent)> _list = [(Look.Plain, 0, 0)];
    readonly Dictionary<string, uint> _numberFormats = [];

    /// <summary>The style index for <paramref name="look"/> with <paramref name="numberFormat"/> (null: General) and <paramref name="indent"/> levels.</summary>
    public uint Get(Look look, string? numberFormat = null, int indent = 0)
    {
        var key = (look, numberFormat, indent);
        if (_formats.TryGetValue(key, out var index)) return index;
        uint fmt = 0;
        if (numberFormat is not null && !_numberFormats.TryGetValue(numberFormat, out fmt))
        {
            fmt = (uint)(164 + _numberFormats.Count);
            _numberFormats[numberFormat] = fmt;
        }
        index = (uint)_list.Count;
        _list.Add((look, fmt, indent));
        _formats[key] = index;
        return index;
    }

    // Fonts: 0 normal, 1 bold, 2 header, 3 title, 4 input, 5 muted.
    static uint Font(Look look) => look switch
    {
        Look.Key => 1,
        Look.Header => 2,
        Look.Title => 3,
        Look.Input => 4,
        Look.Muted => 5,
        _ => 0,
    };

    // Fills: 0 none, 1 gray125 (required), 2 header navy, 3 input yellow.
    static uint Fill(Look look) => look switch
    {
        Look.Header => 2,
        Look.Input => 3,
        _ => 0,
    };

    public Stylesheet Build()
    {
        var numberingFormats = new NumberingFormats(_numberFormats.Select(p => new NumberingFormat { NumberFormatId = p.Value, FormatCode = p.Key }))
        {
            Count = (uint)_numberFormats.Count,
        };
        Font MakeFont(double size, bool bold, string colour)
        {
            var f = new Font();
            if (bold) f.Append(new Bold());
            f.Append(new FontSize { Val = size }, new Color { Rgb = colour }, new FontName { Val = fontName });
            return f;
        }
        var fonts = new Fonts(
            MakeFont(10.5, false, "FF1C2430"),
            MakeFont(10.5, true, "FF1C2430"),
            MakeFont(10.5, true, "FFFFFFFF"),
            MakeFont(14, true, "FF1F3A5F"),
            MakeFont(10.5, false, "FF1F4E9A"),
            MakeFont(9, false, "FF6B7280")) { Count = 6 };
        Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FF1F3A5F"),
            Solid("FFFFF4CC")) { Count = 4 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(),
                new BottomBorder(new Color { Rgb = "FFD5DBE3" }) { Style = BorderStyleValues.Thin }, new DiagonalBorder())) { Count = 2 };
        var cellStyleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };
        var cellFormats = new CellFormats { Count = (uint)_list.Count };
        foreach (var (look, fmt, indent) in _list)
        {
            var border = look is Look.Plain or Look.Title or Look.Muted ? 0u : 1u;
            var cf = new CellFormat
            {
                NumberFormatId = fmt,
                FontId = Font(look),
                FillId = Fill(look),
                BorderId = border,
                FormatId = 0,
                ApplyNumberFormat = fmt != 0,
                ApplyFont = true,
                ApplyFill = Fill(look) != 0,
                ApplyBorder = border != 0,
            };
            var wrap = look == Look.Header;
            if (indent > 0 || wrap)
            {
                cf.Append(new Alignment { Indent = indent > 0 ? (uint)indent : null, WrapText = wrap ? true : null, Vertical = wrap ? VerticalAlignmentValues.Center : null });
                cf.ApplyAlignment = true;
            }
            cellFormats.Append(cf);
        }
        var stylesheet = new Stylesheet();
        if (_numberFormats.Count > 0) stylesheet.Append(numberingFormats);
        stylesheet.Append(fonts, fills, borders, cellStyleFormats, cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }
}
