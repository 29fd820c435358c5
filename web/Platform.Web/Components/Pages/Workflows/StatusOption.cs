using Platform.SharedKernel;

namespace Platform.Web.Components.Pages.Workflows;

/// An instance status the list can be filtered by, with its words.
public sealed record StatusOption(string Value, LocalizedText Label);
