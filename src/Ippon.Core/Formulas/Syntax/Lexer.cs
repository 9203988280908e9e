using System.Text;
using Ippon.Numbers;

namespace Ippon.Formulas.Syntax;

/// <summary>Splits a formula into tokens. Never throws: an unexpected character becomes an <see cref="TokenKind.Invalid"/> token.</summary>
/// <remarks>
/// Full-width characters typed by a Japanese input method (＋, ×, ÷, （, ２) are read as their ASCII meaning, and a
/// number may carry the plan-file suffixes (<c>20%</c>, <c>200万</c>), so formulas read like the plan's values.
/// Words follow <see cref="Identifier"/> (any script: <c>商談数 × 受注率</c>); a name that is not a bare word is
/// one token in brackets (<c>「新規 受注数」</c>).
/// </remarks>
public static class Lexer
{
    /// <summary>Returns the tokens of <paramref name="text"/>, ending with an <see cref="TokenKind.End"/> token.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = Fold(text[i]);
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(Fold(text[i + 1]))))
            {
                var sb = new StringBuilder();
                while (i < text.Length && (IsNumberChar(Fold(text[i]), sb) || IsExponentSign(text, i, sb)))
                {
                    sb.Append(Fold(text[i]));
                    i++;
                }
                var literal = sb.ToString();
                tokens.Add(NumberText.TryParse(literal, out var n)
                    ? new Token(TokenKind.Number, literal, start, n)
                    : new Token(TokenKind.Invalid, literal, start));
                continue;
            }
            if (Identifier.IsStart(text, i))
            {
                i = Identifier.Word(text, i);
                tokens.Add(new Token(TokenKind.Identifier, Slice(text, start, i), start));
                continue;
            }
            if (Array.FindIndex(Identifier.Brackets, b => b.Open == c) is var bracket and >= 0)
            {
                // A name that is not a bare word: 「新規 受注数」, [New orders].
                var close = text.IndexOf(Identifier.Brackets[bracket].Close, i + 1);
                var inner = close < 0 ? "" : text[(i + 1)..close].Trim();
                if (inner.Length == 0)
                {
                    tokens.Add(new Token(TokenKind.Invalid, text[i..(close < 0 ? text.Length : close + 1)], start));
                    i = close < 0 ? text.Length : close + 1;
                    continue;
                }
                tokens.Add(new Token(TokenKind.Identifier, inner, start, Length: close + 1 - start));
                i = close + 1;
                continue;
            }
            var kind = c switch
            {
                '+' => TokenKind.Plus,
                '-' or '−' => TokenKind.Minus,
                '*' or '×' => TokenKind.Star,
                '/' or '÷' => TokenKind.Slash,
                '^' => TokenKind.Caret,
                '(' => TokenKind.LeftParen,
                ')' => TokenKind.RightParen,
                ',' or '、' => TokenKind.Comma,
                _ => TokenKind.Invalid,
            };
            tokens.Add(new Token(kind, text[i].ToString(), start));
            i++;
        }
        tokens.Add(new Token(TokenKind.End, "", text.Length));
        return tokens;
    }

    static bool IsNumberChar(char c, StringBuilder sofar) =>
        char.IsAsciiDigit(c) || c is '.' or '_' or '%' or '千' or '万' or '億' or '兆'
        || (c is 'e' or 'E' && sofar.Length > 0 && char.IsAsciiDigit(sofar[^1]));

    // The sign of an exponent (1e-28, 2.5E+3): the same number grammar as a value: in a plan (NumberText). A minus
    // after "1e" is part of the number only when a digit follows it.
    static bool IsExponentSign(string text, int i, StringBuilder sofar) =>
        Fold(text[i]) is '+' or '-' && sofar.Length > 1 && sofar[^1] is 'e' or 'E' && char.IsAsciiDigit(sofar[^2])
        && i + 1 < text.Length && char.IsAsciiDigit(Fold(text[i + 1]));

    static string Slice(string text, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (var k = start; k < end; k++) sb.Append(Fold(text[k]));
        return sb.ToString();
    }

    static char Fold(char c) => Width.Fold(c);
}
