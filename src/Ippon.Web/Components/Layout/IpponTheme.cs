using MudBlazor;

namespace Ippon.Web.Components.Layout;

/// <summary>The app's look: a calm navy for structure, and the three state colours the tree uses (on track, warning, error).</summary>
public static class IpponTheme
{
    public const string Ok = "#2e7d32";
    public const string Warning = "#ed8b00";
    public const string Error = "#d32f2f";
    public const string Neutral = "#90a4ae";

    static readonly string[] s_fonts = ["IPAexGothic", "Noto Sans JP", "Hiragino Sans", "Meiryo", "Yu Gothic", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f3a5f",
            Secondary = "#00897b",
            AppbarBackground = "#1f3a5f",
            Background = "#f4f6f9",
            Success = Ok,
            Warning = Warning,
            Error = Error,
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = s_fonts },
            H1 = new H1Typography { FontFamily = s_fonts },
            H2 = new H2Typography { FontFamily = s_fonts },
            H3 = new H3Typography { FontFamily = s_fonts },
            H4 = new H4Typography { FontFamily = s_fonts },
            H5 = new H5Typography { FontFamily = s_fonts },
            H6 = new H6Typography { FontFamily = s_fonts },
            Body1 = new Body1Typography { FontFamily = s_fonts },
            Body2 = new Body2Typography { FontFamily = s_fonts },
            Button = new ButtonTypography { FontFamily = s_fonts },
            Caption = new CaptionTypography { FontFamily = s_fonts },
            Subtitle1 = new Subtitle1Typography { FontFamily = s_fonts },
            Subtitle2 = new Subtitle2Typography { FontFamily = s_fonts },
            Overline = new OverlineTypography { FontFamily = s_fonts },
        },
    };
}
