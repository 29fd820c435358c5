using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Web.Components.Pages.ReferenceData;

/// What the trader-authority dialog opens with: the book, and a trader with their current limit when one was picked.
public sealed record TraderAuthorityDraft(BookNodeView Book, string UserName, decimal MaxFacePerTicketWan);
