using Microsoft.Data.Sqlite;
using Npgsql;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Host.Configuration;

/// Reads and checks the settings the host needs before it can even register services (database provider,
/// actor system address). A wrong value throws <see cref="PlatformConfigurationException"/> naming the key.
public sealed record PlatformSettings(DatabaseOptions Database, AkkaOptions Akka)
{
    public static PlatformSettings Read(IConfiguration configuration)
    {
        var database = Bind<DatabaseOptions>(configuration, DatabaseOptions.Section);
        var akka = Bind<AkkaOptions>(configuration, AkkaOptions.Section);
        Check(database);
        Check(akka);
        return new PlatformSettings(database, akka);
    }

    private static T Bind<T>(IConfiguration configuration, string section) where T : new()
    {
        var options = new T();
        try
        {
            configuration.GetSection(section).Bind(options, o => o.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException ex)
        {
            throw new PlatformConfigurationException(section, (ex.InnerException ?? ex).Message + (ex.InnerException is null ? "" : $" ({ex.Message})"));
        }
        return options;
    }

    private static void Check(DatabaseOptions d)
    {
        const string cs = DatabaseOptions.Section + ":ConnectionString";
        if (string.IsNullOrWhiteSpace(d.ConnectionString))
            throw new PlatformConfigurationException(cs, "a connection string is required");
        try
        {
            switch (d.Provider)
            {
                case DatabaseKind.Sqlite:
                    if (string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(d.ConnectionString).DataSource))
                        throw new PlatformConfigurationException(cs, "the SQLite connection string needs 'Data Source=<file path>'");
                    break;
                case DatabaseKind.PostgreSql:
                    if (string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(d.ConnectionString).Host))
                        throw new PlatformConfigurationException(cs, "the PostgreSQL connection string needs 'Host=…'");
                    break;
                case DatabaseKind.Dameng:
                    if (string.IsNullOrWhiteSpace(d.DamengProviderPath))
                        throw new PlatformConfigurationException(DatabaseOptions.Section + ":DamengProviderPath",
                            "Dameng needs the full path of DmProvider.dll from the DM8 installation");
                    break;
                default:
                    throw new PlatformConfigurationException(DatabaseOptions.Section + ":Provider", $"'{d.Provider}' is not one of Sqlite, PostgreSql, Dameng");
            }
        }
        catch (ArgumentException ex)
        {
            throw new PlatformConfigurationException(cs, ex.Message);
        }
    }

    private static void Check(AkkaOptions a)
    {
        if (string.IsNullOrWhiteSpace(a.SystemName) || !a.SystemName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new PlatformConfigurationException(AkkaOptions.Section + ":SystemName", "use letters, digits, '-' or '_'");
        if (string.IsNullOrWhiteSpace(a.Hostname))
            throw new PlatformConfigurationException(AkkaOptions.Section + ":Hostname", "a host name or IP address is required");
        if (a.Port is < 0 or > 65535)
            throw new PlatformConfigurationException(AkkaOptions.Section + ":Port", $"{a.Port} is not a port number (0 to 65535)");
        foreach (var seed in a.SeedNodes)
        {
            if (!Uri.TryCreate(seed, UriKind.Absolute, out var uri) || uri.Scheme != "akka.tcp" || uri.UserInfo != a.SystemName)
                throw new PlatformConfigurationException(AkkaOptions.Section + ":SeedNodes",
                    $"'{seed}' is not an address like akka.tcp://{a.SystemName}@host:port");
        }
    }
}
