namespace Ippon.Numbers;

/// <summary>
/// The one way to write a text in both languages: a <see cref="Message"/> (its Japanese and its English), chosen by
/// language only where it is shown. <c>language.T("目標", "target")</c> is that choice for a pair shown at once.
/// </summary>
/// <remarks>
/// Code never compares the language itself (<c>language == Language.Ja ? … : …</c>): ConventionTests keeps that
/// comparison inside <see cref="Message"/>, so that a third language, or a change in how a language is picked,
/// has one place to go. See docs/architecture.md, "Bilingual text: one way".
/// </remarks>
public static class Bilingual
{
    /// <summary>The text of <paramref name="language"/>: <paramref name="ja"/> in Japanese, <paramref name="en"/> in English.</summary>
    public static string T(this Language language, string ja, string en) => new Message(ja, en).In(language);
}
