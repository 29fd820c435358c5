using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Web.Components.Pages.Workflows;

/// The refusals a workflow facade answers with a reason to show (403 not yours or segregation of duties, 409 finished
/// or already claimed, 404 gone); bad input (ValidationFailedException) is shown under its fields instead.
public static class Refusals
{
    public static bool IsRefusal(Exception ex) => ex is ForbiddenException or ConflictException or NotFoundException or DomainException;
}
