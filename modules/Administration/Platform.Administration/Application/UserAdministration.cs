using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Platform.Administration.Contracts;
using Platform.Administration.Domain;
using Platform.Administration.Persistence;
using Platform.BuildingBlocks.Audit;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Administration.Application;

/// Managing local users. Each change and its audit record are written in one transaction.
internal sealed class UserAdministration(UserStore store, IPasswordHasher<UserAccount> hasher, IAuditWriter audit, IClock clock) : IUserAdministration
{
    public async Task<PagedResult<UserSummary>> ListAsync(PageRequest page, string? search, CancellationToken ct)
    {
        if (search is { Length: > 64 }) throw new ValidationFailedException("search", new LocalizedText("搜索条件最多 64 个字符", "search must be at most 64 characters").Current);
        var (items, total) = await store.ListAsync(page, search, ct);
        var now = clock.UtcNow;
        return new PagedResult<UserSummary>(items.Select(u => ToSummary(u, now)).ToList(), total, page.Page, page.PageSize);
    }

    public async Task<UserSummary?> FindAsync(string userName, CancellationToken ct)
    {
        await using var conn = await store.OpenAsync(ct);
        var user = await store.FindAsync(conn, null, userName, ct);
        return user is null ? null : ToSummary(user, clock.UtcNow);
    }

    public async Task<UserSummary> CreateAsync(CreateUserRequest request, string actor, CancellationToken ct)
    {
        UserRules.ValidateNew(request);
        var user = new UserAccount
        {
            UserName = request.UserName.Trim(),
            NormalizedName = UserRules.Normalize(request.UserName),
            DisplayName = request.DisplayName.Trim(),
            Roles = string.Join(',', request.Roles.Distinct(StringComparer.Ordinal)),
            IsActive = 1,
            CreatedAtMs = clock.UtcNow.ToUnixTimeMilliseconds(),
        };
        user = user with { PasswordHash = hasher.HashPassword(user, request.Password) };
        await using var conn = await store.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (await store.FindAsync(conn, tx, user.UserName, ct) is not null)
            throw new ValidationFailedException("userName", AlreadyExists(user.UserName));
        try
        {
            await store.InsertAsync(conn, tx, user, ct);
        }
        catch (DbException ex) when (store.IsUniqueViolation(ex))
        {
            throw new ValidationFailedException("userName", AlreadyExists(user.UserName));
        }
        var summary = ToSummary(user, clock.UtcNow);
        await audit.AppendAsync(new AuditRecord(actor, "user.create", $"user:{user.UserName}", "created", null, AuditDigest.Of(summary),
            $"roles={user.Roles}"), conn, tx, ct);
        await tx.CommitAsync(ct);
        return summary;
    }

    public Task<UserSummary> SetRolesAsync(string userName, IReadOnlyList<string> roles, string actor, CancellationToken ct)
    {
        UserRules.ValidateRoles(roles);
        return ChangeAsync(userName, actor, "user.set-roles", u => u with { Roles = string.Join(',', roles.Distinct(StringComparer.Ordinal)) }, ct);
    }

    public Task<UserSummary> SetActiveAsync(string userName, bool active, string actor, CancellationToken ct) =>
        ChangeAsync(userName, actor, active ? "user.activate" : "user.deactivate", u => u with { IsActive = active ? 1 : 0 }, ct);

    public Task<UserSummary> UnlockAsync(string userName, string actor, CancellationToken ct) =>
        ChangeAsync(userName, actor, "user.unlock", u => u with { FailedCount = 0, LockedUntilMs = null }, ct);

    private async Task<UserSummary> ChangeAsync(string userName, string actor, string action, Func<UserAccount, UserAccount> change, CancellationToken ct)
    {
        await using var conn = await store.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var before = await store.FindAsync(conn, tx, userName, ct)
            ?? throw new NotFoundException(new LocalizedText($"用户 '{userName}' 不存在", $"user '{userName}' does not exist").Current);
        var after = change(before);
        await store.UpdateAsync(conn, tx, after, ct);
        var now = clock.UtcNow;
        var (b, a) = (ToSummary(before, now), ToSummary(after, now));
        await audit.AppendAsync(new AuditRecord(actor, action, $"user:{before.UserName}", "changed", AuditDigest.Of(b), AuditDigest.Of(a),
            $"roles={after.Roles};active={after.IsActive}"), conn, tx, ct);
        await tx.CommitAsync(ct);
        return a;
    }

    private static string AlreadyExists(string userName) => new LocalizedText($"用户 '{userName}' 已存在", $"user '{userName}' already exists").Current;

    internal static UserSummary ToSummary(UserAccount u, DateTimeOffset now) => new(
        u.UserName, u.DisplayName, u.RoleList, u.IsActive != 0, u.IsLockedAt(now), DateTimeOffset.FromUnixTimeMilliseconds(u.CreatedAtMs));
}
