using System.Collections.Immutable;
using Ippon.Formulas.Functions;
using Ippon.Inputs;
using Ippon.Numbers;

namespace Ippon.Formulas.Syntax;

/// <summary>Parses formula text into an <see cref="Expr"/> tree. Never throws on user input.</summary>
/// <remarks>
/// Grammar, loosest first: <c>+ -</c>, then <c>* /</c>, then unary minus, then <c>^</c> (right-associative, so
/// <c>-2^2</c> is -4 as in mathematics), then numbers, ids, calls and parentheses.
/// </remarks>
public sealed class Parser
{
    readonly List<Token> _tokens;
    int _pos;

    Parser(string text) => _tokens = Lexer.Tokenize(text);

    /// <summary>The most numbers, ids, operators and parentheses one formula may have.</summary>
    /// <remarks>
    /// Real formulas have tens of tokens. The limit keeps every recursive walk of the tree (parsing, printing,
    /// evaluation, back-solving) far from the stack's end: 20,000 nested parentheses would otherwise crash the process.
    /// </remarks>
    public const int MaxTokens = 1_000;

    /// <summary>The field a formula's syntax errors name.</summary>
    public const string Field = "formula";

    /// <summary>Parses <paramref name="text"/>: the tree, or the first syntax error (field <c>formula</c>, its 1-based column in the text).</summary>
    public static ParseResult<Expr> Parse(string text)
    {
        var parser = new Parser(text);
        try
        {
            if (parser.Peek.Kind == TokenKind.End)
                return Fail(0, new Message("式が空です", "the formula is empty"));
            if (parser._tokens.Count - 1 > MaxTokens)
            {
                return Fail(parser._tokens[MaxTokens].Start, new Message(
                    "式が長すぎます (数値・ID・演算子が 1,000 個まで)。中間の指標に分けてください",
                    "the formula is too long (at most 1,000 numbers, ids and operators); split it into intermediate metrics"));
            }
            var expr = parser.ParseSum();
            if (parser.Peek.Kind != TokenKind.End)
                throw parser.Unexpected("演算子 (+ - * / ^) か式の終わり", "an operator (+ - * / ^) or the end of the formula");
            return ParseResult<Expr>.Ok(expr);
        }
        catch (SyntaxException e)
        {
            return Fail(e.Position, e.Reason);
        }
    }

    static ParseResult<Expr> Fail(int position, Message reason) => ParseResult<Expr>.Fail(new FieldMessage(Field, reason, position + 1));

    Token Peek => _tokens[_pos];

    Token Next() => _tokens[_pos++];

    Expr ParseSum()
    {
        var left = ParseProduct();
        while (Peek.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Next().Kind == TokenKind.Plus ? BinaryOp.Add : BinaryOp.Subtract;
            var right = ParseProduct();
            left = Span(new Binary(op, left, right), left, right);
        }
        return left;
    }

    Expr ParseProduct()
    {
        var left = ParseUnary();
        while (Peek.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var op = Next().Kind == TokenKind.Star ? BinaryOp.Multiply : BinaryOp.Divide;
            var right = ParseUnary();
            left = Span(new Binary(op, left, right), left, right);
        }
        return left;
    }

    Expr ParseUnary()
    {
        if (Peek.Kind == TokenKind.Minus)
        {
            var minus = Next();
            var operand = ParseUnary();
            return new Unary(operand) { Start = minus.Start, Length = operand.Start + operand.Length - minus.Start };
        }
        if (Peek.Kind == TokenKind.Plus)
        {
            Next();
            return ParseUnary();
        }
        return ParsePower();
    }

    Expr ParsePower()
    {
        var left = ParsePrimary();
        if (Peek.Kind != TokenKind.Caret) return left;
        Next();
        var right = ParseUnary();
        return Span(new Binary(BinaryOp.Power, left, right), left, right);
    }

    Expr ParsePrimary()
    {
        var t = Peek;
        switch (t.Kind)
        {
            case TokenKind.Number:
                Next();
                return new Literal(t.Number) { Start = t.Start, Length = t.Text.Length };
            case TokenKind.Identifier:
                Next();
                if (Peek.Kind == TokenKind.LeftParen) return ParseCall(t);
                return new Ref(t.Text) { Start = t.Start, Length = t.SourceLength };
            case TokenKind.LeftParen:
            {
                Next();
                var inner = ParseSum();
                var close = Expect(TokenKind.RightParen, "閉じ括弧 )", "a closing parenthesis )");
                return inner with { Start = t.Start, Length = close.Start + 1 - t.Start };
            }
            default:
                throw Unexpected("数値、指標ID、関数、または (", "a number, a metric id, a function or (");
        }
    }

    Call ParseCall(Token name)
    {
        var function = FunctionTable.Find(name.Text);
        if (function is null)
        {
            throw new SyntaxException(name.Start, new Message(
                $"未知の関数 '{name.Text}' です。使える関数: {FunctionTable.Names}",
                $"unknown function '{name.Text}'; expected one of {FunctionTable.Names}"));
        }
        Next(); // (
        var args = ImmutableArray.CreateBuilder<Expr>();
        if (Peek.Kind != TokenKind.RightParen)
        {
            args.Add(ParseSum());
            while (Peek.Kind == TokenKind.Comma)
            {
                Next();
                args.Add(ParseSum());
            }
        }
        var close = Expect(TokenKind.RightParen, "カンマか閉じ括弧 )", "a comma or a closing parenthesis )");
        if (args.Count < function.MinArgs || args.Count > function.MaxArgs)
        {
            var (wantedJa, wantedEn) = function.MinArgs == function.MaxArgs ? ($"{function.MinArgs} 個", $"{function.MinArgs}")
                : function.MaxArgs == int.MaxValue ? ($"{function.MinArgs} 個以上", $"{function.MinArgs} or more")
                : ($"{function.MinArgs}〜{function.MaxArgs} 個", $"{function.MinArgs} to {function.MaxArgs}");
            throw new SyntaxException(name.Start, new Message(
                $"{function.Name} の引数は {wantedJa}必要です ({args.Count} 個あります)",
                $"{function.Name} takes {wantedEn} argument(s), found {args.Count}"));
        }
        return new Call(function.Name, args.ToImmutable()) { Start = name.Start, Length = close.Start + 1 - name.Start };
    }

    Token Expect(TokenKind kind, string ja, string en)
    {
        if (Peek.Kind != kind) throw Unexpected(ja, en);
        return Next();
    }

    SyntaxException Unexpected(string expectedJa, string expectedEn)
    {
        var t = Peek;
        var found = t.Kind == TokenKind.End ? null : t.Text;
        return new SyntaxException(t.Start, new Message(
            found is null ? $"{expectedJa}が必要ですが、式が終わっています" : $"{expectedJa}が必要ですが '{found}' があります",
            found is null ? $"expected {expectedEn}, found the end of the formula" : $"expected {expectedEn}, found '{found}'"));
    }

    static Binary Span(Binary b, Expr left, Expr right) =>
        b with { Start = left.Start, Length = right.Start + right.Length - left.Start };

    // Internal control flow of the recursive descent only; Parse() turns it into a ParseResult.
    sealed class SyntaxException(int position, Message reason) : Exception(reason.ToString())
    {
        public int Position { get; } = position;

        public Message Reason { get; } = reason;
    }
}
