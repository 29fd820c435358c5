using System.Globalization;
using System.Security;
using System.Text;

namespace Platform.E2E.Portal;

/// A straight-line BPMN process (start → user and service tasks → end) with its diagram layout, deployed through the facade by
/// tests that need a process but are not about drawing one (the designer's own tests draw theirs).
public static class LinearProcess
{
    public static string Xml(string key, string name, params LinearTask[] tasks)
    {
        var ids = new[] { "Start" }.Concat(tasks.Select(t => t.Id)).Append("End").ToList();
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:pf="http://platform.ficc/schema/bpmn" id="Definitions_{key}" targetNamespace="http://bpmn.io/schema/bpmn">
              <bpmn:process id="{key}" name="{Escape(name)}" isExecutable="true">
                <bpmn:startEvent id="Start" />
            """).AppendLine();
        foreach (var t in tasks)
        {
            if (t.Handler is not null)
            {
                xml.AppendLine(CultureInfo.InvariantCulture, $"""    <bpmn:serviceTask id="{t.Id}" name="{Escape(t.Name)}" pf:handler="{t.Handler}" />""");
                continue;
            }
            xml.Append(CultureInfo.InvariantCulture, $"""    <bpmn:userTask id="{t.Id}" name="{Escape(t.Name)}" pf:candidateRoles="{t.CandidateRoles}" """);
            if (t.DueIn is not null) xml.Append(CultureInfo.InvariantCulture, $"""pf:dueIn="{t.DueIn}" """);
            if (t.Outcomes is not null) xml.Append(CultureInfo.InvariantCulture, $"""pf:outcomes="{t.Outcomes}" """);
            if (t.SendBackTo is not null) xml.Append(CultureInfo.InvariantCulture, $"""pf:sendBackTo="{t.SendBackTo}" """);
            if (t.NotInitiator) xml.Append("""pf:notInitiator="true" """);
            xml.AppendLine("/>");
        }
        xml.AppendLine("""    <bpmn:endEvent id="End" />""");
        for (var i = 1; i < ids.Count; i++)
            xml.AppendLine(CultureInfo.InvariantCulture, $"""    <bpmn:sequenceFlow id="Flow_{i}" sourceRef="{ids[i - 1]}" targetRef="{ids[i]}" />""");
        xml.AppendLine("  </bpmn:process>");
        xml.AppendLine(CultureInfo.InvariantCulture, $"""  <bpmndi:BPMNDiagram id="Diagram_{key}"><bpmndi:BPMNPlane id="Plane_{key}" bpmnElement="{key}">""");
        // Events are 36 wide, tasks 100 × 80, side by side on one line 60 apart.
        var x = 100;
        var right = new List<int>();
        foreach (var id in ids)
        {
            var isTask = id is not ("Start" or "End");
            var (width, height, top) = isTask ? (100, 80, 80) : (36, 36, 102);
            xml.AppendLine(CultureInfo.InvariantCulture,
                $"""    <bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"><dc:Bounds x="{x}" y="{top}" width="{width}" height="{height}" /></bpmndi:BPMNShape>""");
            right.Add(x + width);
            x += width + 60;
        }
        for (var i = 1; i < ids.Count; i++)
        {
            xml.AppendLine(CultureInfo.InvariantCulture,
                $"""    <bpmndi:BPMNEdge id="Flow_{i}_di" bpmnElement="Flow_{i}"><di:waypoint x="{right[i - 1]}" y="120" /><di:waypoint x="{right[i - 1] + 60}" y="120" /></bpmndi:BPMNEdge>""");
        }
        xml.AppendLine("  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>");
        xml.AppendLine("</bpmn:definitions>");
        return xml.ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
