using System.Reflection;

namespace Platform.ArchitectureTests;

/// Every Platform.* assembly the host ships, sorted into the kinds the map names.
public static class PlatformAssemblies
{
    private static readonly string[] Infrastructure = ["Platform.SharedKernel", "Platform.BuildingBlocks", "Platform.Analytics"];

    public static IReadOnlyList<Assembly> All { get; } = Directory.GetFiles(AppContext.BaseDirectory, "Platform.*.dll")
        .Select(Path.GetFileNameWithoutExtension)
        .Where(n => n is not null && !n.EndsWith("Tests", StringComparison.Ordinal))
        .Select(n => Assembly.Load(n!))
        .OrderBy(a => a.GetName().Name)
        .ToList();

    public static string NameOf(Assembly a) => a.GetName().Name!;

    public static bool IsContracts(Assembly a) => NameOf(a).EndsWith(".Contracts", StringComparison.Ordinal);

    public static bool IsDataProvider(Assembly a) => NameOf(a).StartsWith("Platform.Data.", StringComparison.Ordinal);

    /// A module's implementation: Platform.Trading, Platform.Administration, … (not Contracts, infrastructure, data, host or web).
    public static bool IsModule(Assembly a) =>
        !IsContracts(a) && !IsDataProvider(a) && !Infrastructure.Contains(NameOf(a)) && NameOf(a) is not ("Platform.Host" or "Platform.Web");

    public static IEnumerable<Assembly> Modules => All.Where(IsModule);
    public static IEnumerable<Assembly> Contracts => All.Where(IsContracts);

    public static Assembly Named(string name) => All.Single(a => NameOf(a) == name);
}
