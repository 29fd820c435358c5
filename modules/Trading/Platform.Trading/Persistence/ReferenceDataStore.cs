using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Persistence;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Trading.Persistence;

/// SQL for the reference data tables, written once for every database. Dates are stored as yyyy-MM-dd text, which
/// sorts as dates do on every database. Decimal columns are read as <c>(column * 1.0)</c>: SQLite keeps a whole number
/// in a NUMERIC column as an integer and a fraction as a real, and Dapper reads a column with the type of its first row.
internal sealed class ReferenceDataStore(ISqlConnectionFactory connections)
{
    private const string BondColumns = """
        b.bond_id AS BondId, b.short_name AS ShortName, b.full_name AS FullName, b.bond_type AS BondType, b.issuer_id AS IssuerId,
        i.short_name AS IssuerName, b.coupon_type AS CouponType, (b.coupon_rate * 1.0) AS CouponRate, b.frequency AS Frequency, b.day_count AS DayCount,
        b.issue_date AS IssueDate, b.maturity_date AS MaturityDate, (b.issue_size_yi * 1.0) AS IssueSizeYi, (b.min_face_wan * 1.0) AS MinFaceWan,
        b.external_rating AS ExternalRating, b.rating_agency AS RatingAgency, b.implied_rating AS ImpliedRating, b.option_kind AS OptionKind,
        b.option_date AS OptionDate, (b.option_price * 1.0) AS OptionPrice, b.isin AS Isin
        FROM trading_bonds b LEFT JOIN trading_issuers i ON i.issuer_id = b.issuer_id
        """;

    private const string CounterpartyColumns = """
        counterparty_id AS CounterpartyId, name AS Name, short_name AS ShortName, cfets_member_code AS CfetsMemberCode, kind AS Kind,
        whitelist_status AS WhitelistStatus, (credit_line_wan * 1.0) AS CreditLineWan, related_party AS RelatedParty FROM trading_counterparties
        """;

    private const string ValuationColumns = """
        bond_id AS BondId, value_date AS ValueDate, clean_price AS CleanPrice, dirty_price AS DirtyPrice, accrued AS Accrued,
        yield_pct AS YieldPct, modified_duration AS ModifiedDuration, source AS Source FROM trading_valuations
        """;

    public ISqlDialect Dialect => connections.Dialect;

    public Task<DbConnection> OpenAsync(CancellationToken ct) => connections.OpenAsync(ct);

    // ---- bonds

    public async Task<BondView?> FindBondAsync(DbConnection conn, DbTransaction? tx, string bondId, CancellationToken ct)
    {
        var row = await conn.QuerySingleOrDefaultAsync<BondRow>(new CommandDefinition($"SELECT {BondColumns} WHERE b.bond_id = @BondId", new { BondId = bondId }, tx, cancellationToken: ct));
        return row is null ? null : (await WithCodesAsync(conn, tx, [row], ct))[0];
    }

    public Task<string?> BondIdOfCodeAsync(DbConnection conn, string market, string code, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT bond_id FROM trading_bond_codes WHERE market = @Market AND code = @Code", new { Market = market, Code = code }, cancellationToken: ct));

    public async Task<(IReadOnlyList<BondView> Items, long Total)> ListBondsAsync(BondQuery query, PageRequest page, CancellationToken ct)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        if (query.BondType is not null) where.Append(" AND b.bond_type = @BondType");
        if (query.Search is not null)
            where.Append(" AND (UPPER(b.bond_id) LIKE @Like OR UPPER(b.short_name) LIKE @Like OR UPPER(b.full_name) LIKE @Like OR b.bond_id IN (SELECT c.bond_id FROM trading_bond_codes c WHERE c.code LIKE @Like))");
        var args = new { query.BondType, Like = $"%{query.Search?.ToUpperInvariant()}%", Skip = page.Offset, Take = page.PageSize };
        await using var conn = await connections.OpenAsync(ct);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM trading_bonds b {where}", args, cancellationToken: ct));
        var rows = (await conn.QueryAsync<BondRow>(new CommandDefinition(
            connections.Dialect.Page($"SELECT {BondColumns} {where} ORDER BY b.bond_type, b.maturity_date, b.bond_id"), args, cancellationToken: ct))).ToList();
        return (await WithCodesAsync(conn, null, rows, ct), total);
    }

    /// Every bond with its codes: for building a book's pricing cache.
    public async Task<IReadOnlyList<BondView>> AllBondsAsync(CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        var rows = (await conn.QueryAsync<BondRow>(new CommandDefinition($"SELECT {BondColumns} ORDER BY b.bond_id", cancellationToken: ct))).ToList();
        var codes = (await conn.QueryAsync<CodeRow>(new CommandDefinition("SELECT market AS Market, code AS Code, bond_id AS BondId FROM trading_bond_codes", cancellationToken: ct)))
            .ToLookup(c => c.BondId);
        return rows.Select(r => ToView(r, codes[r.BondId])).ToList();
    }

    private static async Task<IReadOnlyList<BondView>> WithCodesAsync(DbConnection conn, DbTransaction? tx, IReadOnlyList<BondRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var codes = (await InListQuery.QueryAsync<CodeRow>(conn, tx,
            "SELECT market AS Market, code AS Code, bond_id AS BondId FROM trading_bond_codes WHERE bond_id IN {in}",
            rows.Select(r => r.BondId).ToList(), ct)).ToLookup(c => c.BondId);
        return rows.Select(r => ToView(r, codes[r.BondId])).ToList();
    }

    private static BondView ToView(BondRow r, IEnumerable<CodeRow> codes) => new(
        r.BondId, r.ShortName, r.FullName, r.BondType, r.IssuerId, r.IssuerName ?? r.IssuerId, r.CouponType, r.CouponRate, (int)r.Frequency, r.DayCount,
        Date(r.IssueDate), Date(r.MaturityDate), r.IssueSizeYi, r.MinFaceWan, r.ExternalRating, r.RatingAgency, r.ImpliedRating, r.OptionKind,
        r.OptionDate is null ? null : Date(r.OptionDate), r.OptionPrice, r.Isin,
        codes.OrderBy(c => Array.IndexOf(["CFETS", "SSE", "SZSE"], c.Market)).Select(c => new MarketCode(c.Market, c.Code)).ToList());

    /// The codes among <paramref name="codes"/> that belong to a bond other than <paramref name="bondId"/>.
    public async Task<IReadOnlyList<CodeRow>> CodesOfOtherBondsAsync(DbConnection conn, DbTransaction tx, IReadOnlyList<MarketCode> codes, CancellationToken ct)
    {
        if (codes.Count == 0) return [];
        return await InListQuery.QueryAsync<CodeRow>(conn, tx,
            "SELECT market AS Market, code AS Code, bond_id AS BondId FROM trading_bond_codes WHERE code IN {in}", codes.Select(c => c.Code).ToList(), ct);
    }

    public async Task UpsertBondAsync(DbConnection conn, DbTransaction tx, BondView bond, long nowMs, CancellationToken ct)
    {
        string[] values = ["short_name", "full_name", "bond_type", "issuer_id", "coupon_type", "coupon_rate", "frequency", "day_count", "issue_date",
            "maturity_date", "issue_size_yi", "min_face_wan", "external_rating", "rating_agency", "implied_rating", "option_kind", "option_date",
            "option_price", "isin", "updated_at_ms"];
        await conn.ExecuteAsync(new CommandDefinition(connections.Dialect.Upsert("trading_bonds", ["bond_id"], values), new
        {
            bond_id = bond.BondId, short_name = bond.ShortName, full_name = bond.FullName, bond_type = bond.BondType, issuer_id = bond.IssuerId,
            coupon_type = bond.CouponType, coupon_rate = bond.CouponRate, frequency = bond.Frequency, day_count = bond.DayCount,
            issue_date = Iso(bond.IssueDate), maturity_date = Iso(bond.MaturityDate), issue_size_yi = bond.IssueSizeYi, min_face_wan = bond.MinFaceWan,
            external_rating = bond.ExternalRating, rating_agency = bond.RatingAgency, implied_rating = bond.ImpliedRating, option_kind = bond.OptionKind,
            option_date = bond.OptionDate is { } d ? Iso(d) : null, option_price = bond.OptionPrice, isin = bond.Isin, updated_at_ms = nowMs,
        }, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("DELETE FROM trading_bond_codes WHERE bond_id = @BondId", new { bond.BondId }, tx, cancellationToken: ct));
        foreach (var code in bond.Codes)
            await conn.ExecuteAsync(new CommandDefinition("INSERT INTO trading_bond_codes (market, code, bond_id) VALUES (@Market, @Code, @BondId)",
                new { code.Market, code.Code, bond.BondId }, tx, cancellationToken: ct));
    }

    // ---- issuers

    public async Task<(IReadOnlyList<IssuerView> Items, long Total)> ListIssuersAsync(string? search, PageRequest page, CancellationToken ct)
    {
        var where = search is null ? "" : "WHERE UPPER(issuer_id) LIKE @Like OR UPPER(name) LIKE @Like OR UPPER(short_name) LIKE @Like";
        var args = new { Like = $"%{search?.ToUpperInvariant()}%", Skip = page.Offset, Take = page.PageSize };
        await using var conn = await connections.OpenAsync(ct);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM trading_issuers {where}", args, cancellationToken: ct));
        var rows = await conn.QueryAsync<IssuerRow>(new CommandDefinition(connections.Dialect.Page($"""
            SELECT issuer_id AS IssuerId, name AS Name, short_name AS ShortName, credit_code AS CreditCode, issuer_kind AS IssuerKind, sector AS Sector,
                   rating AS Rating, rating_agency AS RatingAgency FROM trading_issuers {where} ORDER BY issuer_id
            """), args, cancellationToken: ct));
        return (rows.Select(r => new IssuerView(r.IssuerId, r.Name, r.ShortName, r.CreditCode, r.IssuerKind, r.Sector, r.Rating, r.RatingAgency)).ToList(), total);
    }

    public async Task<IReadOnlySet<string>> ExistingIssuerIdsAsync(DbConnection conn, DbTransaction tx, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return new HashSet<string>();
        var found = await InListQuery.QueryAsync<string>(conn, tx, "SELECT issuer_id FROM trading_issuers WHERE issuer_id IN {in}", ids, ct);
        return found.ToHashSet(StringComparer.Ordinal);
    }

    public Task UpsertIssuerAsync(DbConnection conn, DbTransaction tx, IssuerView issuer, long nowMs, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(connections.Dialect.Upsert("trading_issuers", ["issuer_id"],
            ["name", "short_name", "credit_code", "issuer_kind", "sector", "rating", "rating_agency", "updated_at_ms"]), new
        {
            issuer_id = issuer.IssuerId, name = issuer.Name, short_name = issuer.ShortName, credit_code = issuer.CreditCode, issuer_kind = issuer.IssuerKind,
            sector = issuer.Sector, rating = issuer.Rating, rating_agency = issuer.RatingAgency, updated_at_ms = nowMs,
        }, tx, cancellationToken: ct));

    // ---- counterparties

    public async Task<CounterpartyView?> FindCounterpartyAsync(DbConnection conn, DbTransaction? tx, string id, CancellationToken ct)
    {
        var row = await conn.QuerySingleOrDefaultAsync<CounterpartyRow>(new CommandDefinition(
            $"SELECT {CounterpartyColumns} WHERE counterparty_id = @Id", new { Id = id }, tx, cancellationToken: ct));
        return row is null ? null : (await WithTradersAsync(conn, tx, [row], ct))[0];
    }

    public async Task<(IReadOnlyList<CounterpartyView> Items, long Total)> ListCounterpartiesAsync(string? search, PageRequest page, CancellationToken ct)
    {
        var where = search is null ? "" : "WHERE UPPER(counterparty_id) LIKE @Like OR UPPER(name) LIKE @Like OR UPPER(short_name) LIKE @Like OR cfets_member_code LIKE @Like";
        var args = new { Like = $"%{search?.ToUpperInvariant()}%", Skip = page.Offset, Take = page.PageSize };
        await using var conn = await connections.OpenAsync(ct);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM trading_counterparties {where}", args, cancellationToken: ct));
        var rows = (await conn.QueryAsync<CounterpartyRow>(new CommandDefinition(
            connections.Dialect.Page($"SELECT {CounterpartyColumns} {where} ORDER BY counterparty_id"), args, cancellationToken: ct))).ToList();
        return (await WithTradersAsync(conn, null, rows, ct), total);
    }

    private static async Task<IReadOnlyList<CounterpartyView>> WithTradersAsync(DbConnection conn, DbTransaction? tx, IReadOnlyList<CounterpartyRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var traders = (await InListQuery.QueryAsync<CounterpartyTraderRow>(conn, tx, """
            SELECT counterparty_id AS CounterpartyId, trader_name AS TraderName, cfets_trader_id AS CfetsTraderId
            FROM trading_counterparty_traders WHERE counterparty_id IN {in} ORDER BY trader_name
            """, rows.Select(r => r.CounterpartyId).ToList(), ct)).OrderBy(t => t.TraderName, StringComparer.Ordinal).ToLookup(t => t.CounterpartyId);
        return rows.Select(r => new CounterpartyView(r.CounterpartyId, r.Name, r.ShortName, r.CfetsMemberCode, r.Kind, r.WhitelistStatus, r.CreditLineWan,
            r.RelatedParty != 0, traders[r.CounterpartyId].Select(t => new CounterpartyTraderView(t.TraderName, t.CfetsTraderId)).ToList())).ToList();
    }

    /// Every counterparty with its traders: for the desk's cache.
    public async Task<IReadOnlyList<CounterpartyView>> AllCounterpartiesAsync(CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        var rows = (await conn.QueryAsync<CounterpartyRow>(new CommandDefinition($"SELECT {CounterpartyColumns} ORDER BY counterparty_id", cancellationToken: ct))).ToList();
        return await WithTradersAsync(conn, null, rows, ct);
    }

    /// Counterparty ids, by CFETS member code, of the codes given: to refuse a code another counterparty holds.
    public async Task<IReadOnlyDictionary<string, string>> CounterpartiesByMemberCodeAsync(DbConnection conn, DbTransaction tx, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        if (codes.Count == 0) return new Dictionary<string, string>();
        var rows = await InListQuery.QueryAsync<CounterpartyRow>(conn, tx,
            "SELECT counterparty_id AS CounterpartyId, cfets_member_code AS CfetsMemberCode FROM trading_counterparties WHERE cfets_member_code IN {in}", codes, ct);
        return rows.ToDictionary(r => r.CfetsMemberCode, r => r.CounterpartyId, StringComparer.Ordinal);
    }

    public async Task UpsertCounterpartyAsync(DbConnection conn, DbTransaction tx, CounterpartyView cp, long nowMs, CancellationToken ct)
    {
        await conn.ExecuteAsync(new CommandDefinition(connections.Dialect.Upsert("trading_counterparties", ["counterparty_id"],
            ["name", "short_name", "cfets_member_code", "kind", "whitelist_status", "credit_line_wan", "related_party", "updated_at_ms"]), new
        {
            counterparty_id = cp.CounterpartyId, name = cp.Name, short_name = cp.ShortName, cfets_member_code = cp.CfetsMemberCode, kind = cp.Kind,
            whitelist_status = cp.WhitelistStatus, credit_line_wan = cp.CreditLineWan, related_party = cp.RelatedParty ? 1 : 0, updated_at_ms = nowMs,
        }, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("DELETE FROM trading_counterparty_traders WHERE counterparty_id = @Id", new { Id = cp.CounterpartyId }, tx, cancellationToken: ct));
        foreach (var t in cp.Traders)
            await conn.ExecuteAsync(new CommandDefinition(
                "INSERT INTO trading_counterparty_traders (counterparty_id, trader_name, cfets_trader_id) VALUES (@Id, @TraderName, @CfetsTraderId)",
                new { Id = cp.CounterpartyId, t.TraderName, t.CfetsTraderId }, tx, cancellationToken: ct));
    }

    // ---- books

    public async Task<IReadOnlyList<BookNodeView>> BookTreeAsync(DbConnection conn, DbTransaction? tx, CancellationToken ct)
    {
        var nodes = (await conn.QueryAsync<BookNodeRow>(new CommandDefinition("""
            SELECT node_id AS NodeId, parent_id AS ParentId, node_level AS NodeLevel, name AS Name, accounting_class AS AccountingClass, allow_short AS AllowShort
            FROM trading_book_nodes ORDER BY node_id
            """, transaction: tx, cancellationToken: ct))).ToList();
        var traders = (await conn.QueryAsync<BookTraderRow>(new CommandDefinition("""
            SELECT book_id AS BookId, user_name AS UserName, (max_face_per_ticket_wan * 1.0) AS MaxFacePerTicketWan FROM trading_book_traders ORDER BY user_name
            """, transaction: tx, cancellationToken: ct))).ToLookup(t => t.BookId);
        var views = nodes.Select(n => new BookNodeView(n.NodeId, n.ParentId, n.NodeLevel, n.Name, n.AccountingClass, n.AllowShort != 0,
            traders[n.NodeId].Select(t => new TraderAuthorityView(t.UserName, t.MaxFacePerTicketWan)).ToList())).ToList();
        return TopDown(views);
    }

    /// Parents before children, siblings by id.
    private static List<BookNodeView> TopDown(IReadOnlyList<BookNodeView> nodes)
    {
        var children = nodes.ToLookup(n => n.ParentId ?? "");
        var ordered = new List<BookNodeView>(nodes.Count);
        var queue = new Queue<BookNodeView>(children[""]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            ordered.Add(node);
            foreach (var child in children[node.NodeId]) queue.Enqueue(child);
        }
        return ordered;
    }

    public Task UpsertBookNodeAsync(DbConnection conn, DbTransaction tx, BookNodeView node, long nowMs, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(connections.Dialect.Upsert("trading_book_nodes", ["node_id"],
            ["parent_id", "node_level", "name", "accounting_class", "allow_short", "updated_at_ms"]), new
        {
            node_id = node.NodeId, parent_id = node.ParentId, node_level = node.Level, name = node.Name, accounting_class = node.AccountingClass,
            allow_short = node.AllowShort ? 1 : 0, updated_at_ms = nowMs,
        }, tx, cancellationToken: ct));

    public async Task SetTraderAuthorityAsync(DbConnection conn, DbTransaction tx, string bookId, string userName, decimal maxFaceWan, CancellationToken ct)
    {
        if (maxFaceWan == 0)
        {
            await conn.ExecuteAsync(new CommandDefinition("DELETE FROM trading_book_traders WHERE book_id = @BookId AND user_name = @UserName",
                new { BookId = bookId, UserName = userName }, tx, cancellationToken: ct));
            return;
        }
        await conn.ExecuteAsync(new CommandDefinition(connections.Dialect.Upsert("trading_book_traders", ["book_id", "user_name"], ["max_face_per_ticket_wan"]),
            new { book_id = bookId, user_name = userName, max_face_per_ticket_wan = maxFaceWan }, tx, cancellationToken: ct));
    }

    // ---- valuations

    public async Task<ValuationView?> ValuationOnOrBeforeAsync(string bondId, DateOnly date, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<ValuationRow>(new CommandDefinition(connections.Dialect.Page(
            $"SELECT {ValuationColumns} WHERE bond_id = @BondId AND value_date <= @Date ORDER BY value_date DESC"),
            new { BondId = bondId, Date = Iso(date), Skip = 0, Take = 1 }, cancellationToken: ct));
        return row is null ? null : ToView(row);
    }

    public async Task<IReadOnlyList<ValuationView>> ValuationHistoryAsync(string bondId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        var rows = await conn.QueryAsync<ValuationRow>(new CommandDefinition(
            $"SELECT {ValuationColumns} WHERE bond_id = @BondId AND value_date >= @From AND value_date <= @To ORDER BY value_date",
            new { BondId = bondId, From = Iso(from), To = Iso(to) }, cancellationToken: ct));
        return rows.Select(ToView).ToList();
    }

    /// The latest valuation of every bond on or before <paramref name="date"/>.
    public async Task<IReadOnlyList<ValuationView>> LatestValuationsAsync(DateOnly date, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        var rows = await conn.QueryAsync<ValuationRow>(new CommandDefinition($"""
            SELECT {ValuationColumns} v WHERE v.value_date = (SELECT MAX(m.value_date) FROM trading_valuations m WHERE m.bond_id = v.bond_id AND m.value_date <= @Date)
            """, new { Date = Iso(date) }, cancellationToken: ct));
        return rows.Select(ToView).ToList();
    }

    public Task<long> CountValuationsAsync(DbConnection conn, CancellationToken ct) =>
        conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM trading_valuations", cancellationToken: ct));

    /// Inserts valuations several rows to a statement: far fewer round trips to a server database than one row each.
    public async Task InsertValuationsAsync(DbConnection conn, DbTransaction tx, IReadOnlyList<ValuationView> valuations, CancellationToken ct)
    {
        const int perStatement = 25;   // SQLite looks each named parameter up by a linear scan: fewer per statement is faster there
        for (var start = 0; start < valuations.Count; start += perStatement)
        {
            var chunk = valuations.Skip(start).Take(perStatement).ToList();
            var sql = new StringBuilder("INSERT INTO trading_valuations (bond_id, value_date, clean_price, dirty_price, accrued, yield_pct, modified_duration, source) VALUES ");
            var args = new DynamicParameters();
            for (var i = 0; i < chunk.Count; i++)
            {
                var v = chunk[i];
                if (i > 0) sql.Append(", ");
                sql.Append(CultureInfo.InvariantCulture, $"(@b{i}, @d{i}, @c{i}, @f{i}, @a{i}, @y{i}, @m{i}, @s{i})");
                args.Add($"b{i}", v.BondId);
                args.Add($"d{i}", Iso(v.Date));
                args.Add($"c{i}", Math.Round(v.CleanPrice, 4));
                args.Add($"f{i}", Math.Round(v.DirtyPrice, 4));
                args.Add($"a{i}", Math.Round(v.AccruedInterest, 6));
                args.Add($"y{i}", Math.Round(v.Yield * 100, 4));
                args.Add($"m{i}", Math.Round(v.ModifiedDuration, 4));
                args.Add($"s{i}", v.Source);
            }
            await conn.ExecuteAsync(new CommandDefinition(sql.ToString(), args, tx, cancellationToken: ct));
        }
    }

    private static ValuationView ToView(ValuationRow r) => new(r.BondId, Date(r.ValueDate), r.CleanPrice, r.DirtyPrice, r.Accrued,
        Math.Round(r.YieldPct / 100, 8), r.ModifiedDuration, r.Source);

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Date(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
