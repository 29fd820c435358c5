using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Web.Components.Pages.Trading;

/// Short names of the bonds and counterparties a page shows, looked up once each per page: tickets and trades carry
/// ids only. An id the reference data does not know shows as itself.
public sealed class ReferenceNames(IReferenceData referenceData)
{
    private readonly Dictionary<string, BondView?> _bonds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CounterpartyView?> _counterparties = new(StringComparer.Ordinal);

    public async Task LoadAsync(IEnumerable<string> bondIds, IEnumerable<string> counterpartyIds)
    {
        foreach (var id in bondIds.Distinct().Where(id => !_bonds.ContainsKey(id)).ToList())
            _bonds[id] = await referenceData.FindBondAsync(id, CancellationToken.None);
        foreach (var id in counterpartyIds.Distinct().Where(id => !_counterparties.ContainsKey(id)).ToList())
            _counterparties[id] = await referenceData.FindCounterpartyAsync(id, CancellationToken.None);
    }

    public BondView? Bond(string bondId) => _bonds.GetValueOrDefault(bondId);

    public string BondName(string bondId) => _bonds.GetValueOrDefault(bondId)?.ShortName ?? bondId;

    public string CounterpartyName(string counterpartyId) => _counterparties.GetValueOrDefault(counterpartyId)?.ShortName ?? counterpartyId;
}
