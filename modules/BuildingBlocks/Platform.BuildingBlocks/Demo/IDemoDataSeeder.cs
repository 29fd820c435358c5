namespace Platform.BuildingBlocks.Demo;

/// A module's demo data, written when the demo profile is on (<c>Platform:Demo:Enabled</c>) or by the host's
/// <c>seed-demo</c> command. Must be idempotent: a second run on the same database adds nothing.
public interface IDemoDataSeeder
{
    /// Lower runs first: modules whose data others refer to (users, reference data) seed early.
    int Order { get; }

    Task SeedAsync(CancellationToken ct);
}
