namespace Ippon.Numbers;

/// <summary>How money is rounded for display: to the 万円 (9,604万円) or to the 千円 (96,036千円, the accounting style).</summary>
public enum MoneyStep
{
    /// <summary>To 10,000 yen, written 9,604万円 (the default).</summary>
    Man,

    /// <summary>To 1,000 yen, written 96,036千円 in Japanese.</summary>
    Sen,
}
