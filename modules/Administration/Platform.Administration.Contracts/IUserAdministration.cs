using Platform.BuildingBlocks.Paging;

namespace Platform.Administration.Contracts;

/// The administration module's facade for managing local users. Every change is audited as done by <c>actor</c>.
/// Bad input throws <see cref="Platform.BuildingBlocks.Validation.ValidationFailedException"/> naming the field.
public interface IUserAdministration
{
    Task<PagedResult<UserSummary>> ListAsync(PageRequest page, string? search, CancellationToken ct);
    Task<UserSummary?> FindAsync(string userName, CancellationToken ct);
    Task<UserSummary> CreateAsync(CreateUserRequest request, string actor, CancellationToken ct);
    Task<UserSummary> SetRolesAsync(string userName, IReadOnlyList<string> roles, string actor, CancellationToken ct);
    Task<UserSummary> SetActiveAsync(string userName, bool active, string actor, CancellationToken ct);
    Task<UserSummary> UnlockAsync(string userName, string actor, CancellationToken ct);
}
