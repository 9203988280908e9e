using Xunit.Sdk;

namespace Ippon.Testing;

/// <summary>A theory that, like <see cref="DbFactAttribute"/>, is skipped in PostgreSQL test classes when no server is configured.</summary>
[XunitTestCaseDiscoverer("Ippon.Testing.DbTheoryDiscoverer", "Ippon.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbTheoryAttribute : TheoryAttribute;
