using Platform.BuildingBlocks.Serialization;
using Platform.Workflows.Runtime;
using Xunit;

namespace Platform.Workflows.Tests.Runtime;

/// Every instance event is journaled under its own manifest; the registry refuses a missing or shared one.
public sealed class EventManifestTests
{
    [Fact]
    public void Every_instance_event_has_its_own_manifest()
    {
        var events = typeof(InstanceEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(InstanceEvent)) && !t.IsAbstract).ToList();

        var registry = new MessageManifestRegistry(events);

        Assert.Equal("workflows.child-instance-completed.v1", registry.ManifestOf(typeof(ChildInstanceCompleted)));
        Assert.Equal("workflows.instance-migrated.v1", registry.ManifestOf(typeof(InstanceMigrated)));
        Assert.Equal(events.Count, events.Select(registry.ManifestOf).Distinct().Count());
    }
}
