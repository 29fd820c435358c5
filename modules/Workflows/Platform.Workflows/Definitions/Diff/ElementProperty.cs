namespace Platform.Workflows.Definitions;

/// One comparable property of an element or flow as the diff shows it: its BPMN or pf: name and its value as text
/// (empty when the file gives none).
public readonly record struct ElementProperty(string Name, string Value);
