namespace Platform.Trading.Contracts.ReferenceData;

/// One problem of an imported file: the line (1 = the header), the column and what is wrong.
public sealed record ImportRowError(int Line, string Field, string Message);
