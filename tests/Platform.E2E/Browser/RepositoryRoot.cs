using System.Reflection;

namespace Platform.E2E.Browser;

/// The checkout's root: the first folder with Platform.sln above the test binaries or, when they are built
/// outside the checkout, above this project's sources.
internal static class RepositoryRoot
{
    public static string Find()
    {
        var projectDirectory = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        string?[] starts = [AppContext.BaseDirectory, projectDirectory];
        foreach (var start in starts.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Platform.sln above {AppContext.BaseDirectory} or {projectDirectory}");
    }
}
