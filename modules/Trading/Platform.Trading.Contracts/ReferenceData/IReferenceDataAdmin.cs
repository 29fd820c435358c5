namespace Platform.Trading.Contracts.ReferenceData;

/// Changing reference data (DataSteward): CSV imports that load every row or none, and edits; each is audited.
public interface IReferenceDataAdmin
{
    /// Imports issuers (<see cref="ImportKinds.Issuers"/>), bonds or counterparties from CSV text with a header row.
    /// Rows with an id that exists replace it. When any row is bad nothing is imported and the report lists each problem.
    Task<ImportReport> ImportAsync(string kind, string csv, string actor, CancellationToken ct);

    Task<CounterpartyView> UpdateCounterpartyAsync(string counterpartyId, CounterpartyUpdate update, string actor, CancellationToken ct);

    /// Grants a trader authority in a book, or changes it; <paramref name="maxFacePerTicketWan"/> 0 removes it.
    Task<BookNodeView> SetTraderAuthorityAsync(string bookId, string userName, decimal maxFacePerTicketWan, string actor, CancellationToken ct);
}
