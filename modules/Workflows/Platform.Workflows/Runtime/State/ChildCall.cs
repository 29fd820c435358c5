using System.Security.Cryptography;
using System.Text;

namespace Platform.Workflows.Runtime;

/// A call activity waiting for the child instance it starts. <see cref="ChildInstanceId"/> is derived from the call id,
/// so a replay, or an actor that restarts before the child answered, names the same child and starts it at most once.
public sealed record ChildCall(string CallId, string ElementId, string CalledProcessKey, string ChildInstanceId)
{
    /// "wi-" and the first 32 hex digits of SHA-256(callId): the platform's instance id format.
    public static string InstanceIdOf(string callId) =>
        "wi-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(callId)))[..32];
}
