using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
namespace Platform.E2E;
public sealed class TmpFailureProbe(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    [Fact]
    public async Task Probe_fails_on_purpose()
    {
        await Portal.Page.GotoAsync("/account/login");
        Assert.Fail("probe");
    }
}
