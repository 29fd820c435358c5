namespace Platform.E2E.Browser;

/// The checkout's root, found by walking up from the test binaries to Platform.sln.
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"no Platform.sln above {AppContext.BaseDirectory}");
    }
}
