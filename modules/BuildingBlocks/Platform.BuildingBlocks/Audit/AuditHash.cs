using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Platform.BuildingBlocks.Audit;

/// The hash that chains the audit trail. Fields are length-prefixed so that no two different entries can
/// serialise to the same bytes by moving text from one field to the next.
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(string prevHash, long seq, long atMs, AuditRecord r)
    {
        var sb = new StringBuilder(256);
        Append(sb, prevHash);
        Append(sb, seq.ToString(CultureInfo.InvariantCulture));
        Append(sb, atMs.ToString(CultureInfo.InvariantCulture));
        Append(sb, r.Actor);
        Append(sb, r.Action);
        Append(sb, r.Target);
        Append(sb, r.Outcome);
        Append(sb, r.BeforeDigest);
        Append(sb, r.AfterDigest);
        Append(sb, r.Detail);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    public static string Compute(AuditEntry e) => Compute(e.PrevHash, e.Seq, e.AtMs,
        new AuditRecord(e.Actor, e.Action, e.Target, e.Outcome, e.BeforeDigest, e.AfterDigest, e.Detail));

    private static void Append(StringBuilder sb, string? value) =>
        sb.Append(value is null ? "-1" : value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
}
