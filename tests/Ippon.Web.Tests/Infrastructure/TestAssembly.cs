namespace Ippon.Testing;

/// <summary>This test assembly's name, for the discoverers of tests/Shared.</summary>
static class TestAssembly
{
    public const string Name = "Ippon.Web.Tests";
}
