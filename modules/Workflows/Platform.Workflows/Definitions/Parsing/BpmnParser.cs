using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using static Platform.Workflows.Definitions.BpmnNames;

namespace Platform.Workflows.Definitions;

/// Reads a BPMN 2.0 file (as bpmn-js saves it) into a <see cref="ProcessDefinition"/>. Diagram layout (bpmndi),
/// lanes, documentation and annotations are ignored; anything outside the supported subset is a problem naming it.
/// Values that cannot be read (an expression, a duration, an outcome) are problems too, all collected in one reading.
public static class BpmnParser
{
    /// Secure reading: no DTD (so no entity expansion or external entities), no resolver, bounded size.
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 10_000_000,
        IgnoreComments = true,
    };

    public static BpmnParseResult Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var document = Load(xml, out var xmlProblem);
        if (document is null)
            return BpmnParseResult.Failed([new DefinitionProblem(DefinitionProblem.File, xmlProblem!)]);
        var root = document.Root!;
        if (root.Name != B("definitions"))
            return BpmnParseResult.Failed([new DefinitionProblem(DefinitionProblem.File,
                $"not a BPMN 2.0 file: the root element is {root.Name.LocalName} in '{root.Name.NamespaceName}', expected definitions in '{Bpmn.NamespaceName}'")]);
        var processes = root.Elements(B("process")).ToArray();
        if (processes.Length != 1)
            return BpmnParseResult.Failed([new DefinitionProblem(DefinitionProblem.File,
                $"a file must hold exactly one process, this one holds {processes.Length}; deploy called processes as their own files")]);

        var context = new ParseContext();
        PlatformAttributes.Check(root, context);
        var messages = ReadMessages(root, context);
        var definition = new ProcessReader(context, messages).Read(processes[0]);
        return context.Problems.Count == 0 ? BpmnParseResult.Of(definition) : BpmnParseResult.Failed(context.Problems);
    }

    private static XDocument? Load(string xml, out string? problem)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            problem = null;
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            problem = $"the file is not well-formed XML (line {e.LineNumber.ToString(CultureInfo.InvariantCulture)}): {e.Message}";
            return null;
        }
    }

    private static Dictionary<string, string> ReadMessages(XElement root, ParseContext context)
    {
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var message in root.Elements(B("message")))
        {
            var id = ParseContext.IdOf(message);
            var name = (string?)message.Attribute("name");
            if (string.IsNullOrWhiteSpace(name))
                context.Problem(id, "a message needs a name: the name outside events are sent with");
            else if (!messages.TryAdd(id, name.Trim()))
                context.Problem(id, "another message has the same id");
        }
        return messages;
    }
}
