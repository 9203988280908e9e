namespace Ippon.Export.Excel;

/// <summary>How a cell looks: the workbook marks inputs (blue on yellow) apart from formulas, as financial models do.</summary>
public enum Look
{
    Plain,
    Title,
    Header,

    /// <summary>A value the user may change: the assumptions and explicit targets.</summary>
    Input,

    /// <summary>A live formula.</summary>
    Formula,

    /// <summary>A formula whose result matters most (a target): bold.</summary>
    Key,

    /// <summary>Small grey text: explanations, ids.</summary>
    Muted,
}
