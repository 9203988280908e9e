namespace Ippon.Testing;

/// <summary>Marks a test class that runs its tests on PostgreSQL: its <see cref="DbFactAttribute"/> tests are skipped without a server.</summary>
#pragma warning disable CA1040 // a marker: the discoverers look for it
public interface IPostgresTests;
#pragma warning restore CA1040
