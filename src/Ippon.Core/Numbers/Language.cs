namespace Ippon.Numbers;

/// <summary>The language of everything a user reads: messages, labels and number formats.</summary>
public enum Language
{
    /// <summary>Japanese, the default: 1億円, 4,000万円, 20件.</summary>
    Ja,

    /// <summary>English: 100,000,000 JPY, 20.</summary>
    En,
}
