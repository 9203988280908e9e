namespace Ippon.Web.Tests.Infrastructure;

/// <summary>The app on a temporary SQLite file (the embedded default).</summary>
public sealed class SqliteApi : ApiFactory;
