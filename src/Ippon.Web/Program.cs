using Ippon.Web;

// Ippon's web app: `dotnet run --project src/Ippon.Web` serves http://localhost:5080 on an embedded SQLite
// database (App_Data/ippon.db, or IPPON_DB), created and seeded with the sample plan on first run.
var builder = WebApplication.CreateBuilder(args);
builder.AddIppon();
var app = builder.Build();
await app.UseIpponAsync();
await app.RunAsync();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
