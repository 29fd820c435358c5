namespace Platform.Workflows.Definitions;

/// An element or flow of one version as the differ compares it.
internal sealed record DescribedElement(string Kind, string? Name, IReadOnlyList<ElementProperty> Properties);
