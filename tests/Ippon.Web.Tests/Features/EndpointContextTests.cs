using System.Text.RegularExpressions;

namespace Ippon.Web.Tests.Features;

/// <summary>
/// Endpoints never take a database context: their handlers take the plan store (<c>PlanStore</c>) and call it, or a
/// slice's part of it declared in that slice (Plans/PlansInStore, Actuals/ActualsInStore, Review/ReviewInStore…),
/// which opens one context per call. Only the store's own folder and the slices' <c>*InStore.cs</c> files reach a
/// context, so what the API reads and writes goes one way, as the pages' does (<see cref="ComponentContextTests"/>).
/// </summary>
public sealed partial class EndpointContextTests
{
    /// <summary>The endpoint files whose handlers still take a context, to be moved behind the store; the list only shrinks.</summary>
    /// <remarks>
    /// Sign-in (the form with its throttle counted in the database, OpenID Connect's first sign-in) runs on ASP.NET
    /// Identity's <c>SignInManager</c>, whose store uses the request's context: it reads and writes no plan.
    /// </remarks>
    static readonly string[] KnownTakers =
    [
        "Accounts/Oidc.cs",
        "Accounts/SignInPages.cs",
    ];

    [Fact]
    public void EndpointHandlers_TakeNoDatabaseContext_ButTheKnownOnes()
    {
        var features = Path.Combine(FindRepositoryRoot(), "src", "Ippon.Web", "Features");
        var takers = Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(features, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("Store/", StringComparison.Ordinal) && !f.EndsWith("InStore.cs", StringComparison.Ordinal))
            .Where(f => Handlers(File.ReadAllText(Path.Combine(features, f))).Any(h => Takes().IsMatch(h)))
            .Order(StringComparer.Ordinal)
            .ToList();

        var unexpected = takers.Except(KnownTakers).ToList();
        var gone = KnownTakers.Except(takers).ToList();
        Assert.True(unexpected.Count == 0 && gone.Count == 0,
            (unexpected.Count > 0 ? "endpoints that take a database context (take PlanStore and call it instead):\n" + string.Join("\n", unexpected) : "") +
            (gone.Count > 0 ? "\nthese no longer take one (remove them from KnownTakers):\n" + string.Join("\n", gone) : ""));
    }

    [Fact]
    public void TheCheck_SeesAContextInALambdaOrAMethodGroupHandler()
    {
        const string code = """
            plans.MapGet("/{id:guid}", async (Guid id, int? version, IpponDb db, HttpContext http, CancellationToken ct) => Ok());
            plans.MapPut("/{id:guid}/x", async (Guid id, [FromQuery(Name = "set")] string[]? set, PlanStore store, CancellationToken ct) => Ok());
            app.MapPost("/login", LoginAsync).ExcludeFromDescription();
            static async Task<IResult> LoginAsync([FromForm] LoginFields form, HttpContext http,
                SignInThrottle throttle, Ippon.Storage.IpponDb db)
            {
            }
            """;

        var handlers = Handlers(code);

        Assert.Equal(3, handlers.Count);
        Assert.Matches(Takes(), handlers[0]);
        Assert.DoesNotMatch(Takes(), handlers[1]);
        Assert.Matches(Takes(), handlers[2]);
    }

    // Each handler's parameter list: a lambda's (up to its =>), or a method group's declaration (up to its body).
    static List<string> Handlers(string code)
    {
        code = Comments().Replace(code, "");
        var handlers = new List<string>();
        foreach (Match m in MapCall().Matches(code))
        {
            if (m.Groups["group"].Success)
            {
                var declaration = new Regex(@"\b" + Regex.Escape(m.Groups["group"].Value) + @"\s*\((?<p>[^{;]*?)\)\s*(\{|=>)").Match(code);
                if (declaration.Success) handlers.Add(declaration.Groups["p"].Value);
                continue;
            }
            var start = m.Index + m.Length;
            var arrow = code.IndexOf("=>", start, StringComparison.Ordinal);
            if (arrow > start) handlers.Add(code[start..arrow]);
        }
        return handlers;
    }

    static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ippon.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Ippon.slnx not found above " + AppContext.BaseDirectory);
    }

    // A route's handler: MapGet("/route", <lambda…) or MapGet("/route", MethodGroup).
    [GeneratedRegex(@"\.Map(?:Get|Post|Put|Delete|Patch|Methods)\(\s*""[^""]*""\s*,\s*(?:(?<group>[A-Z]\w*)\s*\)|(?=(?:async\s*)?\(|\w+\s*=>))")]
    private static partial Regex MapCall();

    [GeneratedRegex(@"\bIpponDb\b|\bIDbContextFactory\b")]
    private static partial Regex Takes();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
