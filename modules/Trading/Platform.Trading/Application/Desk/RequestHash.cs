using System.Security.Cryptography;
using System.Text.Json;
using Platform.BuildingBlocks.Serialization;

namespace Platform.Trading.Application.Desk;

/// A digest of what a command asks, so that an idempotency key reused for a different request is told apart.
internal static class RequestHash
{
    public static string Of<T>(T request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, PlatformJsonSerializer.JsonOptions)));
}
