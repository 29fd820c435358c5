using Microsoft.AspNetCore.Components;

namespace Platform.Web.Components.Shared;

/// Where the browser loads bpmn-js from: the bundles and style sheets copied from npm into wwwroot/lib at build,
/// by their fingerprinted URLs so a new build is never served from a stale cache. Sent to the JS modules as JSON.
public sealed record BpmnJsAssets(string Modeler, string Viewer, IReadOnlyList<string> Styles)
{
    private const string Lib = "_content/Platform.Web/lib/bpmn-js/";

    public static BpmnJsAssets From(ResourceAssetCollection assets) => new(
        "./" + assets[Lib + "bpmn-modeler.production.min.js"],
        "./" + assets[Lib + "bpmn-navigated-viewer.production.min.js"],
        [
            "./" + assets[Lib + "assets/diagram-js.css"],
            "./" + assets[Lib + "assets/bpmn-js.css"],
            "./" + assets[Lib + "assets/bpmn-font/css/bpmn.css"],
        ]);
}
