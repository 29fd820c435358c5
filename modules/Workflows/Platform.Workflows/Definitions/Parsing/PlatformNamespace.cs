namespace Platform.Workflows.Definitions;

/// Our BPMN extension namespace (prefix pf), for the attributes BPMN has no word for: candidates, outcomes, duties…
public static class PlatformNamespace
{
    public const string Uri = "http://platform.ficc/schema/bpmn";
}
