namespace Ippon.Export.Excel;

/// <summary>The sheets and columns of the Ippon workbook, shared by the writer and the importer.</summary>
/// <remarks>Each table has a title in row 1, a note in row 2 and its header in row 3; the importer finds the header by its words
/// in either language, so users may insert rows above it or reorder the columns.</remarks>
public static class WorkbookLayout
{
    /// <summary>The row of the tables' headers (1-based).</summary>
    public const int HeaderRow = 3;

    /// <summary>The marker the plan sheet carries so the importer knows the workbook came from Ippon.</summary>
    public const string MarkerKey = "ippon_workbook";

    public static SheetLayout Plan { get; } = new("計画", "Plan",
    [
        new("key", "キー", "Key", 30),
        new("value", "値", "Value", 44),
        new("description", "説明", "Description", 52),
    ]);

    public static SheetLayout Inputs { get; } = new("前提", "Inputs",
    [
        new("id", "ID", "ID", 18),
        new("name", "名前", "Name", 26),
        new("layer", "層", "Layer", 8),
        new("value", "値", "Value", 16),
        new("target", "目標", "Target", 16),
        new("unit", "単位", "Unit", 9),
    ]);

    public static SheetLayout Tree { get; } = new("ツリー", "Tree",
    [
        new("id", "ID", "ID", 18),
        new("layer", "層", "Layer", 8),
        new("name", "指標", "Metric", 28),
        new("formula", "式", "Formula", 28),
        new("target", "目標", "Target", 15),
        new("planned", "計画", "Planned", 15),
        new("gap", "差", "Gap", 13),
        new("attainment", "達成率", "Attainment", 10),
        new("derivation", "目標の求め方", "Target derived as", 36),
        new("unit", "単位", "Unit", 9),
        new("kind", "種類", "Kind", 10),
        new("direction", "向き", "Direction", 9),
        new("owner", "担当", "Owner", 16),
        new("deadline", "期限", "Deadline", 12),
        new("phasing", "期間配分", "Phasing", 14),
        new("note", "備考", "Note", 30),
    ]);

    public static SheetLayout Actions { get; } = new("施策", "Actions",
    [
        new("id", "ID", "ID", 16),
        new("name", "施策", "Action", 22),
        new("owner", "担当", "Owner", 16),
        new("drives", "対象", "Drives", 16),
        new("per_unit", "1単位の成果", "Per unit", 12),
        new("share", "分担", "Share", 9),
        new("volume", "実施量", "Volume", 13),
        new("unit", "単位", "Unit", 8),
        new("due", "期限", "Due", 12),
        new("people", "人数", "People", 8),
        new("per_person", "1人あたり", "Per person", 10),
        new("per", "ペース", "Per", 8),
        new("periods", "期間数", "Periods", 9),
        new("capacity", "キャパシティ", "Capacity", 13),
        new("load", "負荷", "Load", 9),
        new("coverage", "充足率", "Coverage", 9),
        new("note", "備考", "Note", 30),
    ]);

    public static SheetLayout Scenarios { get; } = new("シナリオ", "Scenarios",
    [
        new("scenario", "シナリオ", "Scenario", 16),
        new("description", "説明", "Description", 30),
        new("metric", "指標", "Metric", 18),
        new("value", "値", "Value", 14),
        new("target", "目標", "Target", 14),
    ]);

    public static SheetLayout Revisions { get; } = new("改訂履歴", "Revisions",
    [
        new("date", "日付", "Date", 12),
        new("reason", "理由", "Reason", 36),
        new("period", "期間", "Period", 8),
        new("author", "起案者", "Author", 14),
        new("metric", "指標", "Metric", 18),
        new("field", "項目", "Field", 10),
        new("from", "変更前", "From", 14),
        new("to", "変更後", "To", 14),
    ]);

    /// <summary>The column letter of 0-based column <paramref name="index"/>: 0 → A, 26 → AA.</summary>
    public static string Letter(int index)
    {
        var s = "";
        index++;
        while (index > 0)
        {
            var r = (index - 1) % 26;
            s = (char)('A' + r) + s;
            index = (index - 1) / 26;
        }
        return s;
    }
}
