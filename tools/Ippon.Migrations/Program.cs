using Ippon.Storage;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;

// Scaffolds a migration of IpponDb for one engine (or both) into src/Ippon.Storage/Migrations/<Engine>/, the way
// `dotnet ef migrations add` would (that tool is not reachable here). Usage: add NAME [--engine sqlite|postgres|all]
if (args.Length < 2 || args[0] != "add")
{
    Console.Error.WriteLine("usage: dotnet run --project tools/Ippon.Migrations -- add NAME [--engine sqlite|postgres|all]");
    return 2;
}
var name = args[1];
var engine = args.Length > 3 && args[2] == "--engine" ? args[3] : "all";
if (engine is not ("sqlite" or "postgres" or "all"))
{
    Console.Error.WriteLine($"unknown engine '{engine}'; expected sqlite, postgres or all");
    return 2;
}

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "Ippon.slnx"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run inside the repository");
var project = Path.Combine(root, "src", "Ippon.Storage");

if (engine is "sqlite" or "all")
{
    using var db = new SqliteIpponDb(SqliteIpponDb.Options("Data Source=:memory:"));
    Scaffold(db, new SqliteDesignTimeServices(), "Sqlite");
}
if (engine is "postgres" or "all")
{
    // No connection is opened: the scaffolder only reads the model.
    using var db = new PostgresIpponDb(PostgresIpponDb.Options("Host=localhost;Database=ippon"));
    Scaffold(db, new NpgsqlDesignTimeServices(), "Postgres");
}
return 0;

void Scaffold(IpponDb db, IDesignTimeServices engineServices, string folder)
{
    var services = new ServiceCollection();
    services.AddEntityFrameworkDesignTimeServices();
    services.AddDbContextDesignTimeServices(db);
    engineServices.ConfigureDesignTimeServices(services);
    using var provider = services.BuildServiceProvider();
    var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, "Ippon.Storage", "Migrations." + folder);
    var files = scaffolder.Save(project, migration, Path.Combine(project, "Migrations", folder));
    Console.WriteLine(files.MigrationFile);
    Console.WriteLine(files.MetadataFile);
    Console.WriteLine(files.SnapshotFile);
}
