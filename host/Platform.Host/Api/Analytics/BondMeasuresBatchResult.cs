using System.Text.Json.Serialization;
using Platform.Analytics.Bonds;

namespace Platform.Host.Api.Analytics;

/// The result of one batch item: its measures, or the problem that stopped it (one bad bond never fails the batch).
public sealed record BondMeasuresBatchResult(
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BondMeasures? Measures,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BatchItemError? Error);
