using Microsoft.Extensions.Configuration;
using Platform.Host.Configuration;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// A wrong setting stops the start with a message that names it.
public sealed class ConfigurationTests
{
    private static PlatformConfigurationException Fails(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        return Assert.Throws<PlatformConfigurationException>(() => PlatformSettings.Read(configuration));
    }

    [Fact]
    public void Missing_connection_string_is_named() =>
        Assert.Equal("Platform:Database:ConnectionString", Fails(("Platform:Database:Provider", "Sqlite")).Setting);

    [Fact]
    public void Unknown_provider_is_named() =>
        Assert.Contains("Platform:Database", Fails(("Platform:Database:Provider", "Oracle"), ("Platform:Database:ConnectionString", "x")).Message);

    [Fact]
    public void Misspelt_setting_is_named() =>
        Assert.Contains("ConnectionStrin", Fails(("Platform:Database:ConnectionStrin", "Data Source=x.db")).Message);

    [Fact]
    public void Dameng_without_the_provider_path_is_named() =>
        Assert.Equal("Platform:Database:DamengProviderPath",
            Fails(("Platform:Database:Provider", "Dameng"), ("Platform:Database:ConnectionString", "Server=127.0.0.1;Port=5236")).Setting);

    [Fact]
    public void Bad_akka_port_is_named() =>
        Assert.Equal("Platform:Akka:Port", Fails(("Platform:Database:ConnectionString", "Data Source=x.db"), ("Platform:Akka:Port", "70000")).Setting);

    [Fact]
    public void Seed_node_of_another_system_is_named() =>
        Assert.Equal("Platform:Akka:SeedNodes", Fails(("Platform:Database:ConnectionString", "Data Source=x.db"), ("Platform:Akka:SeedNodes:0", "akka.tcp://other@127.0.0.1:4053")).Setting);
}
