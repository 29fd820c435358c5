namespace Platform.Trading.Contracts.ReferenceData;

/// A trader's authority in a book: the largest face amount, in 万元, one ticket of theirs may carry.
public sealed record TraderAuthorityView(string UserName, decimal MaxFacePerTicketWan);
