using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Ippon.Inputs;

/// <summary>A value read from what a user typed, or every reason it could not be read (in the spirit of NodaTime's <c>ParseResult&lt;T&gt;</c>).</summary>
/// <remarks>
/// Expected failures are values, never exceptions; all the reasons are collected so that one run reports them all.
/// This is the one result shape of everything that parses or validates: a named input (an option, a query parameter,
/// a formula) reports a <see cref="FieldMessage"/> (<see cref="ParseResult{T}"/>); a file reports its own reason with a
/// line and column (Files' <c>ParseResult&lt;string, InputError&gt;</c>).
/// </remarks>
public class ParseResult<T, TError>
{
    protected ParseResult(T? value, ImmutableArray<TError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value, when <see cref="Success"/>.</summary>
    public T? Value { get; }

    /// <summary>Every reason the input cannot be used; empty on success.</summary>
    public ImmutableArray<TError> Errors { get; }

    /// <summary>True when <see cref="Value"/> holds the value.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Errors.IsEmpty;

    public static ParseResult<T, TError> Ok(T value) => new(value, []);

    /// <summary>A failure; <paramref name="errors"/> must not be empty.</summary>
    public static ParseResult<T, TError> Fail(IEnumerable<TError> errors) => new(default, Reasons(errors));

    public static ParseResult<T, TError> Fail(TError error) => Fail([error]);

    protected static ImmutableArray<TError> Reasons(IEnumerable<TError> errors)
    {
        var list = errors.ToImmutableArray();
        if (list.IsEmpty) throw new ArgumentException("a failure needs at least one reason", nameof(errors));
        return list;
    }
}

/// <summary>A value read from a named input (an option, a query parameter, a formula), or every reason as a <see cref="FieldMessage"/>.</summary>
public sealed class ParseResult<T> : ParseResult<T, FieldMessage>
{
    ParseResult(T? value, ImmutableArray<FieldMessage> errors) : base(value, errors)
    {
    }

    public static new ParseResult<T> Ok(T value) => new(value, []);

    /// <summary>A failure; <paramref name="errors"/> must not be empty.</summary>
    public static new ParseResult<T> Fail(IEnumerable<FieldMessage> errors) => new(default, Reasons(errors));

    public static new ParseResult<T> Fail(FieldMessage error) => Fail([error]);
}
