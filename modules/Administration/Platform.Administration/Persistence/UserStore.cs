using System.Data.Common;
using Dapper;
using Platform.Administration.Domain;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Administration.Persistence;

/// SQL for <c>administration_users</c>, written once for every database.
internal sealed class UserStore(ISqlConnectionFactory connections)
{
    private const string Columns = """
        user_name AS UserName, normalized_name AS NormalizedName, display_name AS DisplayName, password_hash AS PasswordHash,
        roles AS Roles, is_active AS IsActive, failed_count AS FailedCount, locked_until_ms AS LockedUntilMs, created_at_ms AS CreatedAtMs
        """;

    public Task<DbConnection> OpenAsync(CancellationToken ct) => connections.OpenAsync(ct);

    public Task<UserAccount?> FindAsync(DbConnection conn, DbTransaction? tx, string userName, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<UserAccount>(new CommandDefinition(
            $"SELECT {Columns} FROM administration_users WHERE normalized_name = @Name",
            new { Name = UserRules.Normalize(userName) }, tx, cancellationToken: ct));

    public async Task<(IReadOnlyList<UserAccount> Items, long Total)> ListAsync(PageRequest page, string? search, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        var pattern = string.IsNullOrWhiteSpace(search) ? null : "%" + EscapeLike(search.Trim().ToLowerInvariant()) + "%";
        const string where = "WHERE (@Pattern IS NULL OR normalized_name LIKE @Pattern ESCAPE '\\' OR LOWER(display_name) LIKE @Pattern ESCAPE '\\')";
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM administration_users {where}", new { Pattern = pattern }, cancellationToken: ct));
        var items = await conn.QueryAsync<UserAccount>(new CommandDefinition(
            connections.Dialect.Page($"SELECT {Columns} FROM administration_users {where} ORDER BY normalized_name"),
            new { Pattern = pattern, Skip = page.Offset, Take = page.PageSize }, cancellationToken: ct));
        return (items.ToList(), total);
    }

    public Task InsertAsync(DbConnection conn, DbTransaction tx, UserAccount u, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO administration_users (user_name, normalized_name, display_name, password_hash, roles, is_active, failed_count, locked_until_ms, created_at_ms)
            VALUES (@UserName, @NormalizedName, @DisplayName, @PasswordHash, @Roles, @IsActive, @FailedCount, @LockedUntilMs, @CreatedAtMs)
            """, u, tx, cancellationToken: ct));

    public Task UpdateAsync(DbConnection conn, DbTransaction tx, UserAccount u, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition("""
            UPDATE administration_users SET display_name = @DisplayName, password_hash = @PasswordHash, roles = @Roles, is_active = @IsActive,
                failed_count = @FailedCount, locked_until_ms = @LockedUntilMs
            WHERE normalized_name = @NormalizedName
            """, u, tx, cancellationToken: ct));

    public bool IsUniqueViolation(DbException ex) => connections.Dialect.IsUniqueViolation(ex);

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
