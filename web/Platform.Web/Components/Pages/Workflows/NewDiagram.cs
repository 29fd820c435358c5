using System.Security.Cryptography;
using System.Xml.Linq;

namespace Platform.Web.Components.Pages.Workflows;

/// The file a new process starts from: one process with a none start event and its diagram shape. The process id,
/// which becomes the deployment key, is made unique enough to be renamed later in the properties panel.
public static class NewDiagram
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";
    private static readonly XNamespace Pf = "http://platform.ficc/schema/bpmn";

    public static string NewKey() => "Process_" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 7);

    public static string Xml(string key, string name)
    {
        var definitions = new XElement(Bpmn + "definitions",
            new XAttribute(XNamespace.Xmlns + "bpmn", Bpmn.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "bpmndi", BpmnDi.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "pf", Pf.NamespaceName),
            new XAttribute("id", "Definitions_" + key),
            new XAttribute("targetNamespace", "http://bpmn.io/schema/bpmn"),
            new XElement(Bpmn + "process", new XAttribute("id", key), new XAttribute("name", name), new XAttribute("isExecutable", "true"),
                new XElement(Bpmn + "startEvent", new XAttribute("id", "Start"))),
            new XElement(BpmnDi + "BPMNDiagram", new XAttribute("id", "BPMNDiagram_1"),
                new XElement(BpmnDi + "BPMNPlane", new XAttribute("id", "BPMNPlane_1"), new XAttribute("bpmnElement", key),
                    new XElement(BpmnDi + "BPMNShape", new XAttribute("id", "Start_di"), new XAttribute("bpmnElement", "Start"),
                        new XElement(Dc + "Bounds", new XAttribute("x", "180"), new XAttribute("y", "160"), new XAttribute("width", "36"), new XAttribute("height", "36"))))));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), definitions).ToString(SaveOptions.None);
    }
}
