namespace Platform.Trading.Contracts.ReferenceData;

/// The result of a CSV import: either every row was imported (<see cref="Errors"/> empty), or nothing was and each
/// bad row is listed.
public sealed record ImportReport(string Kind, int Rows, int Imported, IReadOnlyList<ImportRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
