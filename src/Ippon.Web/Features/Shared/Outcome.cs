using System.Diagnostics.CodeAnalysis;

namespace Ippon.Web.Features.Shared;

/// <summary>The result of a slice: a value, or the <see cref="Shared.Failure"/> that explains why there is none.</summary>
public sealed class Outcome<T>
{
    Outcome(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Ok => Failure is null;

    public static Outcome<T> Success(T value) => new(value, null);

    public static Outcome<T> Fail(Failure failure) => new(default, failure);

    public static implicit operator Outcome<T>(T value) => Success(value);

    public static implicit operator Outcome<T>(Failure failure) => Fail(failure);
}
