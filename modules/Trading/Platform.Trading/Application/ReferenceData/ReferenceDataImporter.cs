using System.Data.Common;
using System.Text;
using Platform.BuildingBlocks.Audit;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Trading.Application.Import;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.ReferenceData;
using Platform.Trading.Persistence;

namespace Platform.Trading.Application.ReferenceData;

/// Imports a CSV of issuers, bonds or counterparties all or nothing: every row is read and checked (its fields, then
/// against the other rows and what is stored), and only a file without a single problem is written, in one
/// transaction with its audit record. The report names each problem by line and column.
internal sealed class ReferenceDataImporter(ReferenceDataStore store, IAuditWriter audit, IClock clock)
{
    public const int MaxRows = 20_000;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> RequiredColumns = new Dictionary<string, IReadOnlyList<string>>
    {
        [ImportKinds.Issuers] = ["issuerId", "name", "shortName", "issuerKind", "sector"],
        [ImportKinds.Bonds] = ["bondId", "shortName", "bondType", "issuerId", "couponType", "frequency", "issueDate", "maturityDate", "issueSizeYi", "minFaceWan", "codes"],
        [ImportKinds.Counterparties] = ["counterpartyId", "name", "shortName", "cfetsMemberCode", "kind", "whitelistStatus", "creditLineWan"],
    };

    public async Task<ImportReport> ImportAsync(string kind, string csv, string actor, CancellationToken ct)
    {
        if (!ImportKinds.All.Contains(kind))
            throw new ValidationFailedException("kind", new LocalizedText($"未知导入类型 '{kind}'，可选 issuers、bonds、counterparties", $"unknown import kind '{kind}'; use issuers, bonds or counterparties").Current);
        var table = CsvTable.Parse(csv);
        var errors = CheckHeader(kind, table);
        if (errors.Count > 0) return new ImportReport(kind, table.Rows.Count, 0, errors);
        if (table.Rows.Count > MaxRows)
            return new ImportReport(kind, table.Rows.Count, 0, [new ImportRowError(1, "file", new LocalizedText($"一次最多导入 {MaxRows} 行", $"at most {MaxRows} rows per import").Current)]);

        await using var conn = await store.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var now = clock.UtcNow.ToUnixTimeMilliseconds();
        var written = kind switch
        {
            ImportKinds.Issuers => await ImportIssuersAsync(table, errors, conn, tx, now, ct),
            ImportKinds.Bonds => await ImportBondsAsync(table, errors, conn, tx, now, ct),
            _ => await ImportCounterpartiesAsync(table, errors, conn, tx, now, ct),
        };
        if (errors.Count > 0)
        {
            await tx.RollbackAsync(ct);
            return new ImportReport(kind, table.Rows.Count, 0, errors.OrderBy(e => e.Line).ToList());
        }
        await audit.AppendAsync(new AuditRecord(actor, "trading.reference.import", $"reference:{kind}", "imported", null,
            AuditDigest.OfBytes(Encoding.UTF8.GetBytes(csv)), $"rows={written}"), conn, tx, ct);
        await tx.CommitAsync(ct);
        return new ImportReport(kind, table.Rows.Count, written, []);
    }

    private static List<ImportRowError> CheckHeader(string kind, CsvTable table)
    {
        var errors = new List<ImportRowError>();
        if (table.Header.Count == 0)
        {
            errors.Add(new ImportRowError(1, "file", new LocalizedText("文件为空：第一行须为列名", "the file is empty: the first line must name the columns").Current));
            return errors;
        }
        var known = ReferenceDataCsv.ColumnsOf(kind);
        foreach (var missing in RequiredColumns[kind].Where(c => !table.Header.Contains(c, StringComparer.OrdinalIgnoreCase)))
            errors.Add(new ImportRowError(1, missing, new LocalizedText($"缺少列 {missing}", $"column {missing} is missing").Current));
        foreach (var unknown in table.Header.Where(h => !known.Contains(h, StringComparer.OrdinalIgnoreCase)))
            errors.Add(new ImportRowError(1, unknown, new LocalizedText($"未知列 '{unknown}'，可用的列：{string.Join(",", known)}", $"unknown column '{unknown}'; the columns are {string.Join(",", known)}").Current));
        foreach (var twice in table.Header.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            errors.Add(new ImportRowError(1, twice.Key, new LocalizedText($"列 {twice.Key} 出现了两次", $"column {twice.Key} appears twice").Current));
        return errors;
    }

    private static void AddProblems(int line, FieldProblems problems, List<ImportRowError> errors) =>
        errors.AddRange(problems.Items.Select(p => new ImportRowError(line, p.Field, p.Message)));

    private static void CheckRowShape(CsvRecord row, List<ImportRowError> errors)
    {
        if (row.CellCount > row.ColumnCount)
            errors.Add(new ImportRowError(row.Line, "row", new LocalizedText($"该行有 {row.CellCount} 个值，多于 {row.ColumnCount} 列（值中的逗号须加引号）",
                $"the row has {row.CellCount} values for {row.ColumnCount} columns (quote values that contain commas)").Current));
    }

    /// Each id once in the file; the first occurrence is named on the later ones.
    private static void CheckUnique<T>(IReadOnlyList<(int Line, T Item)> rows, Func<T, string> key, string field, List<ImportRowError> errors)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, item) in rows)
        {
            var k = key(item);
            if (k.Length == 0) continue;
            if (first.TryGetValue(k, out var earlier))
                errors.Add(new ImportRowError(line, field, new LocalizedText($"{k} 在第 {earlier} 行已出现", $"{k} is already on line {earlier}").Current));
            else first[k] = line;
        }
    }

    /// Reads every row into its record and checks it by its rules; <c>check</c> is told whether every cell was read.
    private static List<(int Line, T Item)> ReadRows<T>(CsvTable table, Func<RowReader, T> read, Action<T, FieldProblems, bool> check, List<ImportRowError> errors)
    {
        var rows = new List<(int Line, T Item)>();
        foreach (var record in table.Rows)
        {
            CheckRowShape(record, errors);
            var reader = new RowReader(record);
            var item = read(reader);
            errors.AddRange(reader.Errors);
            var problems = new FieldProblems();
            check(item, problems, reader.Errors.Count == 0);
            AddProblems(record.Line, Without(problems, reader.Errors), errors);
            rows.Add((record.Line, item));
        }
        return rows;
    }

    private async Task<int> ImportIssuersAsync(CsvTable table, List<ImportRowError> errors, DbConnection conn, DbTransaction tx, long now, CancellationToken ct)
    {
        var rows = ReadRows(table, ReferenceDataCsv.ReadIssuer, (issuer, problems, _) => IssuerRules.Check(issuer, problems), errors);
        CheckUnique(rows, i => i.IssuerId, "issuerId", errors);
        if (errors.Count > 0) return 0;
        foreach (var (_, issuer) in rows) await store.UpsertIssuerAsync(conn, tx, issuer, now, ct);
        return rows.Count;
    }

    private async Task<int> ImportBondsAsync(CsvTable table, List<ImportRowError> errors, DbConnection conn, DbTransaction tx, long now, CancellationToken ct)
    {
        var rows = ReadRows(table, ReferenceDataCsv.ReadBond, (bond, problems, allRead) => BondRules.Check(bond, problems, priceable: allRead), errors);   // pricing needs every field read
        CheckUnique(rows, b => b.BondId, "bondId", errors);
        var codeRows = rows.SelectMany(r => r.Item.Codes.Select(c => (r.Line, Item: c.Market + ":" + c.Code))).ToList();
        CheckUnique(codeRows, c => c, "codes", errors);

        var issuers = await store.ExistingIssuerIdsAsync(conn, tx, rows.Select(r => r.Item.IssuerId).Where(i => i.Length > 0).Distinct().ToList(), ct);
        foreach (var (line, bond) in rows.Where(r => r.Item.IssuerId.Length > 0 && !issuers.Contains(r.Item.IssuerId)))
            errors.Add(new ImportRowError(line, "issuerId", new LocalizedText($"发行人 '{bond.IssuerId}' 不存在：请先导入发行人", $"issuer '{bond.IssuerId}' does not exist: import issuers first").Current));
        var taken = await store.CodesOfOtherBondsAsync(conn, tx, rows.SelectMany(r => r.Item.Codes).ToList(), ct);
        foreach (var (line, bond) in rows)
            foreach (var code in bond.Codes)
                if (taken.FirstOrDefault(t => t.Market == code.Market && t.Code == code.Code && t.BondId != bond.BondId) is { } other)
                    errors.Add(new ImportRowError(line, "codes", new LocalizedText($"{code.Market} 代码 {code.Code} 已属于债券 {other.BondId}",
                        $"{code.Market} code {code.Code} already belongs to bond {other.BondId}").Current));
        if (errors.Count > 0) return 0;
        foreach (var (_, bond) in rows) await store.UpsertBondAsync(conn, tx, bond, now, ct);
        return rows.Count;
    }

    private async Task<int> ImportCounterpartiesAsync(CsvTable table, List<ImportRowError> errors, DbConnection conn, DbTransaction tx, long now, CancellationToken ct)
    {
        var rows = ReadRows(table, ReferenceDataCsv.ReadCounterparty, (cp, problems, _) => CounterpartyRules.Check(cp, problems), errors);
        CheckUnique(rows, c => c.CounterpartyId, "counterpartyId", errors);
        CheckUnique(rows, c => c.CfetsMemberCode, "cfetsMemberCode", errors);
        var holders = await store.CounterpartiesByMemberCodeAsync(conn, tx, rows.Select(r => r.Item.CfetsMemberCode).Where(c => c.Length > 0).Distinct().ToList(), ct);
        foreach (var (line, cp) in rows)
            if (holders.TryGetValue(cp.CfetsMemberCode, out var holder) && holder != cp.CounterpartyId)
                errors.Add(new ImportRowError(line, "cfetsMemberCode", new LocalizedText($"CFETS 会员代码 {cp.CfetsMemberCode} 已属于交易对手 {holder}",
                    $"CFETS member code {cp.CfetsMemberCode} already belongs to counterparty {holder}").Current));
        if (errors.Count > 0) return 0;
        foreach (var (_, cp) in rows) await store.UpsertCounterpartyAsync(conn, tx, cp, now, ct);
        return rows.Count;
    }

    /// The rule problems on fields the reader has not already reported (an empty required cell is said once).
    private static FieldProblems Without(FieldProblems problems, IReadOnlyList<ImportRowError> readerErrors)
    {
        var filtered = new FieldProblems();
        foreach (var (field, message) in problems.Items)
            if (!readerErrors.Any(e => string.Equals(e.Field, field, StringComparison.OrdinalIgnoreCase)))
                filtered.Add(field, new LocalizedText(message, message));
        return filtered;
    }
}
