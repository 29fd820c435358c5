namespace Platform.Web.Components.Pages.Trading;

/// Where the new-ticket form's live preview is: inputs missing, waiting for the desk, figures shown, or inputs the
/// desk refused (shown under their fields). Pages and tests read it from the panel's data-state.
public static class PreviewStates
{
    public const string Incomplete = "incomplete";
    public const string Computing = "computing";
    public const string Ready = "ready";
    public const string Invalid = "invalid";
}
