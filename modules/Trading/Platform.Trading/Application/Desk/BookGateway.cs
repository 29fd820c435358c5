using Akka.Actor;
using Akka.Hosting;
using Platform.BuildingBlocks.Validation;
using Platform.Trading.Actors;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Domain.Books;

namespace Platform.Trading.Application.Desk;

/// The desk's way to the book entities: a command is answered once journaled and projected, a refusal becomes the
/// exception the API maps (a book rule → 422 check result, a missing ticket → 404, a reused key → 400, else 409).
internal sealed class BookGateway(IRequiredActor<BookRegion> region)
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(30);

    public async Task<BookAccepted> AskAsync(string bookId, BookCommand command, CancellationToken ct)
    {
        var shards = await region.GetAsync(ct);
        return await shards.Ask<object>(new BookEnvelope(bookId, command), AskTimeout, ct) switch
        {
            BookAccepted accepted => accepted,
            BookRefused { Kind: RefusalKind.Rule } r => throw DeskGuards.Failed([new CheckResult(Domain.Checks.CheckNames.Position, CheckOutcomes.Fail, r.Message)]),
            BookRefused { Kind: RefusalKind.NotFound } r => throw new NotFoundException(r.Message),
            BookRefused r => r.Field == "Idempotency-Key" ? throw new ValidationFailedException(r.Field, r.Message) : throw new ConflictException(r.Message),
            var other => throw new InvalidOperationException($"book {bookId} answered {other.GetType().Name}"),
        };
    }

    /// The book's figures for a bond, and what it remembers of an idempotency key.
    public async Task<BookFigures> FiguresAsync(string bookId, string bondId, string? key, CancellationToken ct)
    {
        var shards = await region.GetAsync(ct);
        return await shards.Ask<BookFigures>(new GetBookFigures(bookId, bondId, key), AskTimeout, ct);
    }
}
