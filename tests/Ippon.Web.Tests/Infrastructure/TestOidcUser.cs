namespace Ippon.Web.Tests.Infrastructure;

/// <summary>The person the <see cref="TestOidcProvider"/> signs in: its subject, user name and e-mail claims.</summary>
public sealed record TestOidcUser(string Subject, string UserName, string Email);
