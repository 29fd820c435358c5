using System.Data.Common;
using System.Reflection;

namespace Platform.Data.Dameng;

/// Loads Dameng's ADO.NET provider (DmProvider.dll, shipped with the DM8 install under drivers/dotNet, not on any
/// package registry) from the configured path, and finds its DbProviderFactory.
public static class DamengProviderLoader
{
    public const string Setting = "Platform:Database:DamengProviderPath";

    public static DbProviderFactory Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new InvalidOperationException(
                $"Dameng is chosen as the database but {Setting} is not set. Set it to the full path of DmProvider.dll " +
                "from the DM8 installation (e.g. /opt/dmdbms/drivers/dotNet/DmProvider/net8.0/DmProvider.dll).");
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new InvalidOperationException(
                $"{Setting} points to '{full}', which does not exist. Copy DmProvider.dll from the DM8 installation there or correct the setting.");
        Assembly assembly;
        try
        {
            assembly = Assembly.LoadFrom(full);
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException)
        {
            throw new InvalidOperationException($"{Setting}: '{full}' could not be loaded as a .NET assembly ({ex.Message}). Use the DmProvider build for .NET (net6.0 or later).", ex);
        }
        var factoryType = assembly.GetExportedTypes().FirstOrDefault(t => typeof(DbProviderFactory).IsAssignableFrom(t) && !t.IsAbstract)
            ?? throw new InvalidOperationException($"{Setting}: '{full}' holds no DbProviderFactory; is it really DmProvider.dll?");
        return factoryType.GetField("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as DbProviderFactory
            ?? (DbProviderFactory)Activator.CreateInstance(factoryType)!;
    }
}
