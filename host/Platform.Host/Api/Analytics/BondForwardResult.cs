using System.Text.Json.Serialization;
using Platform.Analytics.Forwards;

namespace Platform.Host.Api.Analytics;

/// The forward priced at the request's repo rate (or, with only a quote, at the implied one), and the repo rate the
/// quoted forward clean price implies when a quote was given.
public sealed record BondForwardResult(
    BondForwardPrice Forward,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ImpliedRepoRate);
