namespace Ippon.Plans;

/// <summary>What a metric counts in: a currency, whole things, a ratio, a plain number, or a free word (本, 人).</summary>
/// <remarks>The default value is <see cref="Number"/>.</remarks>
public readonly record struct Unit
{
    readonly string? _text;

    Unit(UnitKind kind, string text)
    {
        Kind = kind;
        _text = text;
    }

    /// <summary>The family of the unit; it decides rounding and formatting.</summary>
    public UnitKind Kind { get; }

    /// <summary>The unit as written in the plan: <c>JPY</c>, <c>count</c>, <c>ratio</c>, <c>number</c>, <c>本</c>.</summary>
    public string Text => _text ?? "number";

    public static Unit Number => default;
    public static Unit Count => new(UnitKind.Count, "count");
    public static Unit Ratio => new(UnitKind.Ratio, "ratio");
    public static Unit Currency(string code) => new(UnitKind.Currency, code.ToUpperInvariant());
    public static Unit Word(string word) => new(UnitKind.Word, word);

    /// <summary>True for counts and free words (本, 人): things that come in whole numbers.</summary>
    public bool IsWhole => Kind is UnitKind.Count or UnitKind.Word;

    /// <summary>Reads a unit as written in a plan file; three upper-case letters are a currency code.</summary>
    public static Unit Parse(string text)
    {
        var t = text.Trim();
        return t.ToLowerInvariant() switch
        {
            "count" or "件" => Count,
            "ratio" or "%" or "percent" => Ratio,
            "number" or "" => Number,
            "円" or "yen" => Currency("JPY"),
            _ when t.Length == 3 && t.All(char.IsAsciiLetterUpper) => Currency(t),
            _ => Word(t),
        };
    }

    public override string ToString() => Text;
}
