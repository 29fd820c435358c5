namespace Platform.Host.Api.Analytics;

/// Why a batch item has no measures: the field at fault (as in a 400 problem) and the message.
public sealed record BatchItemError(string Field, string Message);
