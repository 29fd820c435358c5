namespace Platform.Trading.Contracts.ReferenceData;

/// Whether a counterparty may be traded with: on the whitelist, under watch (trades allowed, flagged), or suspended.
public static class WhitelistStatuses
{
    public const string Approved = "Approved";
    public const string Watch = "Watch";
    public const string Suspended = "Suspended";

    public static IReadOnlyList<string> All { get; } = [Approved, Watch, Suspended];
}
