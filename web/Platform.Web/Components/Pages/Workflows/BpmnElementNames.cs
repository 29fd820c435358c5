using System.Xml;

namespace Platform.Web.Components.Pages.Workflows;

/// The names of a deployed definition's elements by id, so that history and send-back targets read "Risk check"
/// rather than "RiskCheck". The XML is the engine's stored copy; it is still read without DTDs or a resolver.
public static class BpmnElementNames
{
    private const string BpmnModel = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static IReadOnlyDictionary<string, string> From(string? xml)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(xml)) return names;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == BpmnModel
                    && reader.GetAttribute("id") is { Length: > 0 } id && reader.GetAttribute("name") is { Length: > 0 } name)
                    names[id] = name;
            }
        }
        catch (XmlException)
        {
            // A deployed file always reads; if not, ids are shown as they are.
        }
        return names;
    }

    /// "Name (Id)" when the element has a name, else the id.
    public static string Label(IReadOnlyDictionary<string, string> names, string elementId) =>
        names.TryGetValue(elementId, out var name) && name != elementId ? $"{name} ({elementId})" : elementId;
}
