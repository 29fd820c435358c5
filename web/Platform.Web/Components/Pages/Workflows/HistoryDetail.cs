using Platform.SharedKernel;

namespace Platform.Web.Components.Pages.Workflows;

/// A value an entry carries besides its decision, with the words around it ("to {0}", "handler {0}").
public readonly record struct HistoryDetail(LocalizedText Template, string Value);
