using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Ippon.Inputs;

/// <summary>A value read from what a user typed, or every reason it could not be read (in the spirit of NodaTime's <c>ParseResult&lt;T&gt;</c>).</summary>
/// <remarks>Expected failures are values, never exceptions; all the reasons are collected so that one run reports them all.</remarks>
public sealed class ParseResult<T>
{
    ParseResult(T? value, ImmutableArray<FieldMessage> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value, when <see cref="Success"/>.</summary>
    public T? Value { get; }

    /// <summary>Every reason the input cannot be used; empty on success.</summary>
    public ImmutableArray<FieldMessage> Errors { get; }

    /// <summary>True when <see cref="Value"/> holds the value.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Errors.IsEmpty;

    public static ParseResult<T> Ok(T value) => new(value, []);

    /// <summary>A failure; <paramref name="errors"/> must not be empty.</summary>
    public static ParseResult<T> Fail(IEnumerable<FieldMessage> errors)
    {
        var list = errors.ToImmutableArray();
        if (list.IsEmpty) throw new ArgumentException("a failure needs at least one reason", nameof(errors));
        return new(default, list);
    }

    public static ParseResult<T> Fail(FieldMessage error) => Fail([error]);
}
