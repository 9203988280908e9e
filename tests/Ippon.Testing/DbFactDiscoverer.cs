using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ippon.Testing;

/// <summary>Discovers a <see cref="DbFactAttribute"/> test, skipped in a PostgreSQL class without a server.</summary>
public sealed class DbFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    readonly IMessageSink _sink = sink;

    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        return DbSkip.Applies(testMethod)
            ? new SkippedDbTestCase(_sink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)
            : base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}

/// <summary>Discovers a <see cref="DbTheoryAttribute"/> test, skipped as a whole in a PostgreSQL class without a server.</summary>
public sealed class DbTheoryDiscoverer(IMessageSink sink) : TheoryDiscoverer(sink)
{
    readonly IMessageSink _sink = sink;

    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        return DbSkip.Applies(testMethod)
            ? [new SkippedDbTestCase(_sink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
    }
}

static class DbSkip
{
    public static bool Applies(ITestMethod testMethod) =>
        TestPostgres.Server is null && typeof(IPostgresTests).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType());
}

/// <summary>A test case reported as skipped because PostgreSQL is not configured.</summary>
public sealed class SkippedDbTestCase : XunitTestCase
{
    [Obsolete("for deserialization only")]
    public SkippedDbTestCase()
    {
    }

    public SkippedDbTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => TestPostgres.SkipReason;
}
