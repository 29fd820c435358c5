using System.Reflection;

namespace Platform.BuildingBlocks.Persistence;

/// The migration scripts a module ships as embedded resources under its <c>Persistence/Migrations</c> folder.
/// Registered with <see cref="PersistenceServiceCollectionExtensions.AddModuleMigrations"/>.
public sealed record ModuleMigrations(string Module, Assembly Assembly)
{
    public IReadOnlyList<MigrationScript> Load()
    {
        var scripts = Assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Persistence.Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = Assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                var fileName = n[(n.LastIndexOf(".Persistence.Migrations.", StringComparison.Ordinal) + ".Persistence.Migrations.".Length)..];
                return MigrationScript.Parse(Module, fileName, reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)
            .ToList();
        var duplicate = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Module '{Module}' has two migrations with version {duplicate.Key}.");
        return scripts;
    }
}
