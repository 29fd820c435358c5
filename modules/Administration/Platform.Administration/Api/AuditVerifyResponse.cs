using System.Text.Json.Serialization;

namespace Platform.Administration.Api;

/// <c>{"valid":true,"entries":N}</c>, or with the first broken entry and why.
public sealed record AuditVerifyResponse(
    bool Valid,
    long Entries,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? FirstBrokenEntry,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason);
