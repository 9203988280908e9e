using System.Reflection;
using Ippon.Numbers;

namespace Ippon.Web.Features.Plans;

/// <summary>The plan templates: the example plans (examples/*.yaml) carried inside the app, as `ippon init` carries them.</summary>
public static class Templates
{
    const string Prefix = "Ippon.Web.Templates.";

    /// <summary>The template that is also the seed plan of a new database.</summary>
    public const string Default = "sales-100m";

    /// <summary>Not a template: the name that asks for a blank plan.</summary>
    public const string Blank = "blank";

    /// <summary>A template as people choose it: its name and what it plans, in both languages.</summary>
    public sealed record Info(string Name, Message Title, Message Description);

    /// <summary>The template names, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. typeof(Templates).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".yaml".Length])
        .Order(StringComparer.Ordinal)];

    static readonly Dictionary<string, (Message Title, Message Description)> Described = new(StringComparer.Ordinal)
    {
        ["sales-100m"] = (new("法人営業: 年間売上1億円", "B2B sales: 100M yen a year"),
            new("既存 6,000万円 + 新規 4,000万円 → 受注 → 商談 → リード → 架電。手法の基本形", "repeat 60M + new 40M → orders → deals → leads → calls; the method's basic shape")),
        ["sales-100m-teams"] = (new("法人営業: 1億円 (チームと工数)", "B2B sales: 100M yen with teams and hours"),
            new("同じ人が複数のアクションを担う計画。チームごとの負荷と、工数内で最も安い組み合わせ", "the same people on several actions: each team's load, and the cheapest mix within their hours")),
        ["ec-revenue"] = (new("EC: 売上3億円", "E-commerce: 300M yen"),
            new("セッション × 購入転換率 (CVR) × 客単価 (AOV)。広告・SEO・メルマガ", "sessions × conversion rate × order value; ads, SEO, newsletters")),
        ["saas-mrr"] = (new("SaaS: 期末MRR 5,000万円", "SaaS: 50M yen MRR"),
            new("新規・拡大・解約から期末MRRを逆算", "ending MRR from new, expansion and churn")),
        ["cs-retention"] = (new("カスタマーサクセス: 既存顧客ARR (NRR 110%)", "Customer success: ARR kept (NRR 110%)"),
            new("解約を減らし (GRR 95%)、アップセルで拡大する", "less churn (GRR 95%) and upsell expansion")),
        ["regional-sales"] = (new("地域別営業: 地域と担当者ごとの計画", "Regional sales: by region and rep"),
            new("地域 × 担当者の次元で目標を配分", "targets allocated over regions and reps")),
    };

    /// <summary>Every template with its title and description, the default first.</summary>
    public static IReadOnlyList<Info> Catalog { get; } = [.. Names
        .OrderBy(n => n == Default ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal)
        .Select(n => Described.TryGetValue(n, out var d) ? new Info(n, d.Title, d.Description) : new Info(n, new Message(n, n), new Message("", "")))];

    /// <summary>The text of template <paramref name="name"/>, or null.</summary>
    public static string? Text(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name + ".yaml");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
