using System.Reflection;
using NetArchTest.Rules;
using Xunit;

namespace Platform.ArchitectureTests;

/// Checks that the assemblies of one kind do not depend on the namespaces another kind must not see.
public static class BoundaryRules
{
    public static void MustNotDependOn(Assembly assembly, IEnumerable<string> forbiddenNamespaces, string why)
    {
        var forbidden = forbiddenNamespaces.ToArray();
        if (forbidden.Length == 0) return;
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful,
            $"{PlatformAssemblies.NameOf(assembly)} breaks a boundary ({why}): " +
            string.Join(", ", result.FailingTypeNames ?? []) + $" depend on one of {string.Join(", ", forbidden)}");
    }

    /// The same rule for the types of one namespace (and those below it) of an assembly.
    public static void NamespaceMustNotDependOn(Assembly assembly, string ns, IEnumerable<string> forbiddenNamespaces, string why)
    {
        var forbidden = forbiddenNamespaces.ToArray();
        var result = Types.InAssembly(assembly).That().ResideInNamespace(ns).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful,
            $"{ns} breaks a boundary ({why}): " + string.Join(", ", result.FailingTypeNames ?? []) + $" depend on one of {string.Join(", ", forbidden)}");
    }

    /// The full names of a module implementation's own types. Names, not the namespace: NetArchTest matches by
    /// prefix, and the namespace Platform.X is a prefix of Platform.X.Contracts, which everyone may use.
    public static IEnumerable<string> TypesOf(Assembly module) => module.GetTypes()
        .Where(t => t.FullName is not null && !t.FullName.Contains('<') && !t.IsNested)
        .Select(t => t.FullName!);
}
