using System.Security.Cryptography;
using System.Text;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Workflows.Instances;

/// Instance ids ("wi-" and 32 hex digits, time-ordered) and the instance a task id belongs to: task ids are
/// "{instanceId}-task-{n}", so completing a task goes straight to its instance without a lookup.
public static class InstanceIds
{
    private const string TaskMarker = "-task-";

    public static string New() => "wi-" + Guid.CreateVersion7().ToString("N");

    /// The same user's same idempotency key always names the same instance, so a retried start finds the first one.
    public static string For(string user, string idempotencyKey) =>
        "wi-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(user + "\n" + idempotencyKey)))[..32];

    public static string OfTask(string taskId)
    {
        var at = taskId.LastIndexOf(TaskMarker, StringComparison.Ordinal);
        return at > 0 && IsInstanceId(taskId[..at]) && int.TryParse(taskId[(at + TaskMarker.Length)..], out _)
            ? taskId[..at]
            : throw new NotFoundException(new LocalizedText($"没有任务 {taskId}", $"there is no task {taskId}").Current);
    }

    public static bool IsInstanceId(string id) => id.Length == 35 && id.StartsWith("wi-", StringComparison.Ordinal) && id[3..].All(char.IsAsciiHexDigitLower);
}
