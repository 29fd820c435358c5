namespace Platform.Trading.Api;

/// The body of a trader-authority change: the largest face per ticket, in 万元.
internal sealed record TraderAuthorityBody(decimal MaxFacePerTicketWan);
