using Ippon.Storage;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;

// Scaffolds a migration of IpponDb for one engine into src/Ippon.Storage/Migrations/<Engine>/, the way
// `dotnet ef migrations add` would (that tool is not reachable here). Usage: add NAME [--engine sqlite]
if (args.Length < 2 || args[0] != "add")
{
    Console.Error.WriteLine("usage: dotnet run --project tools/Ippon.Migrations -- add NAME [--engine sqlite]");
    return 2;
}
var name = args[1];
var engine = args.Length > 3 && args[2] == "--engine" ? args[3] : "sqlite";
if (engine != "sqlite")
{
    Console.Error.WriteLine($"unknown engine '{engine}'; expected sqlite (PostgreSQL arrives with issue 6)");
    return 2;
}

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "Ippon.slnx"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run inside the repository");
var project = Path.Combine(root, "src", "Ippon.Storage");

using var db = new SqliteIpponDb(SqliteIpponDb.Options("Data Source=:memory:"));
var services = new ServiceCollection();
services.AddEntityFrameworkDesignTimeServices();
services.AddDbContextDesignTimeServices(db);
new SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
using var provider = services.BuildServiceProvider();
var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(name, "Ippon.Storage", "Migrations.Sqlite");
var files = scaffolder.Save(project, migration, Path.Combine(project, "Migrations", "Sqlite"));
Console.WriteLine(files.MigrationFile);
Console.WriteLine(files.MetadataFile);
Console.WriteLine(files.SnapshotFile);
return 0;
