using System.Globalization;

namespace Platform.Trading.Tests.Quotes;

/// Sets the UI culture for a block, so that a test reads one language of the messages.
internal sealed class QuoteTestCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    public QuoteTestCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
