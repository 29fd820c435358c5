using System.Xml.Linq;

namespace Platform.Workflows.Definitions;

/// The XML names the parser reads: standard BPMN 2.0 model elements and our pf: extension attributes.
internal static class BpmnNames
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Platform = PlatformNamespace.Uri;
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static XName B(string localName) => Bpmn + localName;
    public static XName Pf(string localName) => Platform + localName;
}
