using System.Reflection;
using Ippon.Files.Plans;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Tests.Security;

/// <summary>
/// A plan that reaches the web app is text from someone else: it may never make the server open a file (a
/// dimension's <c>from:</c> names one). The readers that resolve such paths are not called anywhere in the app.
/// </summary>
public class ServerFilesTests
{
    [Fact]
    public void TheWebApp_NeverCallsAPlanReaderThatOpensFilesOnTheServer()
    {
        var forbidden = typeof(PlanReader).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name is nameof(PlanReader.Parse) or nameof(PlanReader.ReadFile))
            .ToHashSet<MethodBase>();
        Assert.NotEmpty(forbidden);

        var callers = CallsIn(typeof(PlanText).Assembly)
            .Where(c => forbidden.Contains(c.Callee))
            .Select(c => $"{c.Caller.DeclaringType?.FullName}.{c.Caller.Name} calls PlanReader.{c.Callee.Name}")
            .ToList();

        Assert.Empty(callers); // use PlanText.Parse (PlanReader.ParseWithoutFiles), PlanEditor.AppendRevision without a directory
    }

    [Fact]
    public void TheCallScan_FindsACallThatIsThere()
    {
        // The scan must see what it looks for: PlanText.Parse calls ParseWithoutFiles.
        var target = typeof(PlanReader).GetMethod(nameof(PlanReader.ParseWithoutFiles))!;
        Assert.Contains(CallsIn(typeof(PlanText).Assembly),
            c => c.Callee == target && c.Caller.Name == nameof(PlanText.Parse));
    }

    // Every call or callvirt in the IL of every method of the assembly (async and lambda bodies are methods of nested types).
    static IEnumerable<(MethodBase Caller, MethodBase Callee)> CallsIn(Assembly assembly)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes())
        {
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                var il = method.GetMethodBody()?.GetILAsByteArray();
                if (il is null) continue;
                for (var i = 0; i + 4 < il.Length; i++)
                {
                    if (il[i] is not (0x28 or 0x6F)) continue; // call, callvirt
                    var token = BitConverter.ToInt32(il, i + 1);
                    if ((token >> 24) is not (0x06 or 0x0A or 0x2B)) continue; // MethodDef, MemberRef, MethodSpec
                    MethodBase? callee;
                    try
                    {
                        callee = method.Module.ResolveMethod(token, type.IsGenericType ? type.GetGenericArguments() : null,
                            method.IsGenericMethod ? method.GetGenericArguments() : null);
                    }
                    catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException)
                    {
                        continue; // a byte that only looked like a call
                    }
                    if (callee is not null) yield return (method, callee);
                }
            }
        }
    }
}
