using System.Reflection;
using System.Runtime.CompilerServices;

namespace Ippon.Web.Tests.Features;

/// <summary>
/// One result shape for everything that parses or validates (docs/architecture.md): <c>ParseResult&lt;T&gt;</c>
/// (Core's <c>Inputs</c>), never a <c>(T? Value, Error? Error)</c> tuple, which lets a caller read the value without
/// looking at the error and cannot carry more than one reason.
/// </summary>
public class ResultShapeTests
{
    // Every product assembly (the CLI's is named ippon): this test project references the web app and the CLI, which between them reference all.
    static readonly string[] s_products = ["Ippon.Core", "Ippon.Files", "Ippon.Forecast", "Ippon.Optimize", "Ippon.Export", "Ippon.Import", "Ippon.Storage", "ippon", "Ippon.Web"];

    [Fact]
    public void PublicMethods_ReturnNoTupleWithAnErrorElement()
    {
        var offenders = new List<string>();
        foreach (var assembly in s_products.Select(name => Assembly.Load(new AssemblyName(name))))
        {
            foreach (var type in assembly.GetExportedTypes())
            {
                var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);
                offenders.AddRange(methods.Where(ReturnsTupleWithError).Select(m => $"{type.FullName}.{m.Name}"));
            }
        }

        Assert.True(offenders.Count == 0, "return ParseResult<T> (Ippon.Inputs) instead of a tuple with an error:\n" + string.Join("\n", offenders.Distinct()));
    }

    [Fact]
    public void TheCheck_FindsATupleWithAnErrorElement_ByItsTypeOrItsName()
    {
        Assert.True(ReturnsTupleWithError(typeof(Samples).GetMethod(nameof(Samples.ByType))!));
        Assert.True(ReturnsTupleWithError(typeof(Samples).GetMethod(nameof(Samples.ByName))!));
        Assert.True(ReturnsTupleWithError(typeof(Samples).GetMethod(nameof(Samples.Later))!));
        Assert.False(ReturnsTupleWithError(typeof(Samples).GetMethod(nameof(Samples.Pair))!));
    }

    public static class Samples
    {
        public static (string? Text, Files.InputError? Problem) ByType() => default;
        public static (int? Cron, string? Error) ByName() => default;
        public static Task<(string? Text, Exception? Why)> Later() => Task.FromResult<(string?, Exception?)>(default);
        public static (int Start, int End) Pair() => default;
    }

    static bool ReturnsTupleWithError(MethodInfo method)
    {
        var type = method.ReturnType;
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
            type = type.GetGenericArguments()[0];
        if (!type.IsConstructedGenericType || type.Namespace != "System" || !type.Name.StartsWith("ValueTuple`", StringComparison.Ordinal)) return false;
        var names = method.ReturnParameter.GetCustomAttribute<TupleElementNamesAttribute>()?.TransformNames ?? [];
        return type.GetGenericArguments().Any(IsError) || names.Any(n => n is not null && n.Contains("Error", StringComparison.OrdinalIgnoreCase));
    }

    static bool IsError(Type element)
    {
        var type = Nullable.GetUnderlyingType(element) ?? element;
        return type.Name.EndsWith("Error", StringComparison.Ordinal) || typeof(Exception).IsAssignableFrom(type) || type.Name == "FieldMessage";
    }
}
