using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Web.Texts;

/// Whether a counterparty may be traded with, in the desk's words.
public static class WhitelistStatusNames
{
    public static LocalizedText Of(string status) => status switch
    {
        WhitelistStatuses.Approved => new("白名单", "Approved"),
        WhitelistStatuses.Watch => new("观察", "Watch"),
        WhitelistStatuses.Suspended => new("暂停", "Suspended"),
        _ => new(status, status),
    };
}
