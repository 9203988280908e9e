namespace Ippon.Web.Tests.Infrastructure;

/// <summary>The app on a fresh PostgreSQL database of the IPPON_TEST_POSTGRES server.</summary>
public sealed class PostgresApi() : ApiFactory(Storage.DatabaseEngine.Postgres);
