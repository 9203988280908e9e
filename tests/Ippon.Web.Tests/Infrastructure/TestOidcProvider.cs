using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>
/// A tiny OpenID Connect provider on 127.0.0.1 for the sign-in tests, never the internet: discovery
/// (<c>/.well-known/openid-configuration</c>), <c>/jwks</c>, <c>/authorize</c> (consents at once and redirects back
/// with a code, in the query) and <c>/token</c> (checks the client secret, the redirect address and the PKCE verifier,
/// then issues an RS256-signed id_token for <see cref="User"/>). <see cref="Flaw"/> makes the next tokens wrong on
/// purpose, to prove the app refuses them. The tokens are written here with the BCL (RSA, base64url), not with the
/// library the app validates them with.
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    public const string ClientId = "ippon-test-client";
    public const string ClientSecret = "ippon-test-client-secret";
    const string KeyId = "test-key-1";

    readonly RSA _key = RSA.Create(2048);
    readonly RSA _otherKey = RSA.Create(2048);
    readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);
    readonly ConcurrentQueue<string> _refusals = new();
    WebApplication? _app;
    int _tokensIssued;

    TestOidcProvider()
    {
    }

    /// <summary>The provider's address, which is also its issuer (<c>iss</c>): http://127.0.0.1:port.</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>Who the next sign-in is.</summary>
    public TestOidcUser User { get; set; } = new("sub-0001", "tanaka", "tanaka@example.jp");

    /// <summary>What the next id_tokens get wrong.</summary>
    public TokenFlaw Flaw { get; set; }

    /// <summary>How many id_tokens the token endpoint has issued (a refused sign-in got one, and the app refused it).</summary>
    public int TokensIssued => Volatile.Read(ref _tokensIssued);

    /// <summary>What the provider itself refused (a wrong client secret, redirect address or PKCE verifier).</summary>
    public IReadOnlyCollection<string> Refusals => [.. _refusals];

    sealed record Grant(string RedirectUri, string? Nonce, string Challenge, TestOidcUser User);

    public static async Task<TestOidcProvider> StartAsync()
    {
        var provider = new TestOidcProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", provider.Discovery);
        app.MapGet("/jwks", provider.Keys);
        app.MapGet("/authorize", provider.Authorize);
        app.MapPost("/token", provider.TokenAsync);
        await app.StartAsync();
        provider._app = app;
        provider.Issuer = app.Urls.Single().TrimEnd('/');
        return provider;
    }

    IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = Issuer + "/authorize",
        ["token_endpoint"] = Issuer + "/token",
        ["jwks_uri"] = Issuer + "/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
        ["scopes_supported"] = new[] { "openid", "profile", "email" },
    });

    IResult Keys()
    {
        var key = _key.ExportParameters(includePrivateParameters: false);
        return Results.Json(new
        {
            keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64Url.EncodeToString(key.Modulus), e = Base64Url.EncodeToString(key.Exponent) } },
        });
    }

    /// <summary>Consents at once: the code and the state go back to the client's redirect address in the query.</summary>
    IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        string? Refuse(string why)
        {
            _refusals.Enqueue("authorize: " + why);
            return why;
        }
        var problem = q["client_id"] != ClientId ? Refuse($"unknown client_id '{q["client_id"]}'")
            : q["response_type"] != "code" ? Refuse($"response_type '{q["response_type"]}' (only code)")
            : q["response_mode"].Count > 0 && q["response_mode"] != "query" ? Refuse($"response_mode '{q["response_mode"]}' (only query)")
            : q["code_challenge_method"] != "S256" || string.IsNullOrEmpty(q["code_challenge"]) ? Refuse("no PKCE (S256) challenge")
            : !q["scope"].ToString().Split(' ').Contains("openid") ? Refuse("the scope lacks openid")
            : string.IsNullOrEmpty(q["redirect_uri"]) ? Refuse("no redirect_uri")
            : null;
        if (problem is not null) return Results.BadRequest(problem);
        var code = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        var redirect = q["redirect_uri"].ToString();
        _codes[code] = new Grant(redirect, q["nonce"], q["code_challenge"]!, User);
        var separator = redirect.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return Results.Redirect($"{redirect}{separator}code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(q["state"].ToString())}");
    }

    /// <summary>Exchanges a code (once) for an id_token, after checking the client, the redirect address and PKCE.</summary>
    async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var (client, secret) = ClientCredentials(request, form);
        IResult Refuse(string error, string why)
        {
            _refusals.Enqueue("token: " + why);
            return Results.Json(new { error, error_description = why }, statusCode: StatusCodes.Status400BadRequest);
        }
        if (client != ClientId || secret != ClientSecret) return Refuse("invalid_client", "wrong client id or secret");
        if (form["grant_type"] != "authorization_code") return Refuse("unsupported_grant_type", $"grant_type '{form["grant_type"]}'");
        if (!_codes.TryRemove(form["code"].ToString(), out var grant)) return Refuse("invalid_grant", "unknown or used code");
        if (form["redirect_uri"] != grant.RedirectUri) return Refuse("invalid_grant", "the redirect_uri differs from the authorization request's");
        var verifier = form["code_verifier"].ToString();
        if (Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != grant.Challenge) return Refuse("invalid_grant", "the PKCE verifier does not match");
        Interlocked.Increment(ref _tokensIssued);
        return Results.Json(new
        {
            access_token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24)),
            token_type = "Bearer",
            expires_in = 300,
            id_token = IdToken(grant, Flaw),
        });
    }

    static (string? Client, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : null);
        }
        return (form["client_id"], form["client_secret"]);
    }

    string IdToken(Grant grant, TokenFlaw flaw)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var issuedAt = flaw == TokenFlaw.Expired ? now - 7200 : now;
        Dictionary<string, object> Claims(TestOidcUser user) => new()
        {
            ["iss"] = flaw == TokenFlaw.WrongIssuer ? "http://127.0.0.1:1/another-provider" : Issuer,
            ["aud"] = flaw == TokenFlaw.WrongAudience ? "another-client" : ClientId,
            ["sub"] = user.Subject,
            ["preferred_username"] = user.UserName,
            ["email"] = user.Email,
            ["name"] = user.UserName,
            ["nonce"] = flaw == TokenFlaw.WrongNonce ? "a-nonce-from-another-sign-in" : grant.Nonce ?? "",
            ["iat"] = issuedAt,
            ["nbf"] = issuedAt,
            ["exp"] = flaw == TokenFlaw.Expired ? now - 3600 : now + 300,
        };
        if (flaw == TokenFlaw.NotSigned)
            return $"{Segment(new { alg = "none", typ = "JWT" })}.{Segment(Claims(grant.User))}.";
        var header = Segment(new { alg = "RS256", kid = KeyId, typ = "JWT" });
        var payload = Segment(Claims(grant.User));
        var key = flaw == TokenFlaw.WrongKey ? _otherKey : _key;
        var signature = Base64Url.EncodeToString(key.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        if (flaw == TokenFlaw.TamperedPayload)
            payload = Segment(Claims(new TestOidcUser("sub-admin", "admin", "admin@example.jp")));
        return $"{header}.{payload}.{signature}";
    }

    static string Segment(object value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _key.Dispose();
        _otherKey.Dispose();
    }
}
