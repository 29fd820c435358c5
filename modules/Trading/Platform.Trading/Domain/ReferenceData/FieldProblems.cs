using Platform.SharedKernel;

namespace Platform.Trading.Domain.ReferenceData;

/// Problems found while checking one record, keyed by the field (camelCase) they are about, in the order found.
public sealed class FieldProblems
{
    private readonly List<(string Field, string Message)> _items = [];

    public IReadOnlyList<(string Field, string Message)> Items => _items;
    public bool Any => _items.Count > 0;

    public void Add(string field, LocalizedText message) => _items.Add((field, message.Current));

    public bool Has(string field) => _items.Exists(i => i.Field == field);

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _items.GroupBy(i => i.Field).ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray());
}
