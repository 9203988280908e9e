using Xunit.Sdk;

namespace Ippon.Testing;

/// <summary>
/// A fact that runs in a test class for one database engine: in a class marked <see cref="IPostgresTests"/> it is
/// skipped, with the reason, when no PostgreSQL server is configured (<see cref="TestPostgres.Variable"/>).
/// </summary>
[XunitTestCaseDiscoverer("Ippon.Testing.DbFactDiscoverer", "Ippon.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbFactAttribute : FactAttribute;
