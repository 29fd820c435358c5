using Platform.Data.Dameng;
using Xunit;

namespace Platform.Data.Tests;

/// Without a DM8 install here, what can be proven is that every wrong provider path stops with the setting's name.
public sealed class DamengProviderLoaderTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/nonexistent/DmProvider.dll")]
    public void Missing_provider_names_the_setting(string? path) =>
        Assert.Contains(DamengProviderLoader.Setting, Assert.Throws<InvalidOperationException>(() => DamengProviderLoader.Load(path)).Message);

    [Fact]
    public void A_file_that_is_not_a_dotnet_assembly_names_the_setting()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("dm-").FullName, "DmProvider.dll");
        File.WriteAllText(path, "not an assembly");
        var error = Assert.Throws<InvalidOperationException>(() => DamengProviderLoader.Load(path));
        Assert.Contains(DamengProviderLoader.Setting, error.Message);
    }

    [Fact]
    public void An_assembly_without_a_provider_factory_names_the_setting()
    {
        var notAProvider = typeof(DamengProviderLoaderTests).Assembly.Location;
        var error = Assert.Throws<InvalidOperationException>(() => DamengProviderLoader.Load(notAProvider));
        Assert.Contains("no DbProviderFactory", error.Message);
    }
}
