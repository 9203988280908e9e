namespace Ippon.Web.Tests.Infrastructure;

/// <summary>What the <see cref="TestOidcProvider"/> gets wrong in the id_token it issues, on purpose.</summary>
public enum TokenFlaw
{
    /// <summary>A correct token.</summary>
    None,

    /// <summary>Signed correctly, then the payload is swapped for one naming someone else (the signature no longer matches).</summary>
    TamperedPayload,

    /// <summary>Signed with a key the provider does not publish, under the published key's id.</summary>
    WrongKey,

    /// <summary><c>alg: none</c> and no signature.</summary>
    NotSigned,

    /// <summary>Issued to another client (<c>aud</c>).</summary>
    WrongAudience,

    /// <summary>Claims to come from another issuer (<c>iss</c>) than the provider's metadata names.</summary>
    WrongIssuer,

    /// <summary>Expired an hour ago.</summary>
    Expired,

    /// <summary>Carries another nonce than the one the sign-in asked for (a replayed token).</summary>
    WrongNonce,
}
