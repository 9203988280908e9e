namespace Ippon.Storage;

/// <summary>The database engines Ippon can keep its data in.</summary>
public enum DatabaseEngine
{
    /// <summary>An embedded file: no setup, one server.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for teams (issue 6).</summary>
    Postgres,
}
