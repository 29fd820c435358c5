using System.Security.Cryptography;
using System.Text.Json;

namespace Platform.BuildingBlocks.Audit;

/// Digest of a state for the before/after columns: SHA-256 of its JSON. Enough to prove later what the state was
/// (by re-serialising the kept record), without copying personal data or secrets into the trail.
public static class AuditDigest
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string? Of<T>(T? state) => state is null
        ? null
        : Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(state, Options)));

    public static string OfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
