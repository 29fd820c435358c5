using Platform.E2E.Browser;
using Platform.E2E.Hosting;

// One platform and one browser for the whole run: starting the host (database, actor system) and Chromium
// takes seconds, each test then gets its own browser context, so cookies and language never leak between tests.
[assembly: AssemblyFixture(typeof(PlatformServer))]
[assembly: AssemblyFixture(typeof(ChromiumBrowser))]

// Two cores: tests run one after another, so that a slow circuit is never mistaken for a broken one.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
