using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Host.Api.Analytics;

/// Runs library code for one part of a request, so that a problem the library names by its own field is reported under
/// the request's path to it (<c>curve.quotes.5Y</c>, <c>swap.fixedRate</c>).
internal static class ApiFields
{
    public static T Under<T>(string prefix, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (DomainException ex) when (ex.Field is not null)
        {
            throw new ValidationFailedException(prefix + "." + ex.Field, ex.Message);
        }
    }
}
