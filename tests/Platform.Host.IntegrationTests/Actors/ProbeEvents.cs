using Platform.BuildingBlocks.Serialization;

namespace Platform.Host.IntegrationTests.Actors
{
    /// The event as first written to the journal.
    [MessageManifest("test.probe.incremented.v1")]
    public sealed record ProbeIncremented(int By, string IdempotencyKey) : IPersistedMessage;
}

namespace Platform.Host.IntegrationTests.Actors.Renamed
{
    /// The same event after a rename and a move to another namespace: only the manifest stays.
    [MessageManifest("test.probe.incremented.v1")]
    public sealed record CounterWasIncremented(int By, string IdempotencyKey) : IPersistedMessage;
}
