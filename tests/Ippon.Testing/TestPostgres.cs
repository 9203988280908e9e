using Npgsql;

namespace Ippon.Testing;

/// <summary>
/// The PostgreSQL server the tests may use: <c>IPPON_TEST_POSTGRES</c> (an Npgsql connection string; ./test.sh starts a
/// throwaway cluster and sets it). Each test database is created fresh and dropped afterwards.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "IPPON_TEST_POSTGRES";

    /// <summary>The server's connection string, or null when the PostgreSQL tests are to be skipped.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    /// <summary>Why the PostgreSQL variant of a test does not run.</summary>
    public const string SkipReason = "PostgreSQL tests need IPPON_TEST_POSTGRES (an Npgsql connection string); ./test.sh starts a cluster and sets it (source .ci/postgres.sh; ippon_pg_start)";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var server = Server ?? throw new InvalidOperationException(SkipReason);
        var name = "ippon_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops the database of <paramref name="connectionString"/>, closing whatever still uses it.</summary>
    public static void DropDatabase(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
