using System.Xml.Linq;

namespace Platform.Workflows.Definitions;

/// Which pf: attributes each element kind takes. A pf: attribute anywhere else is a problem: a misspelt
/// pf:notIntiator silently ignored would let the initiator approve their own trade.
internal static class PlatformAttributes
{
    private static readonly Dictionary<string, HashSet<string>> ByElement = new(StringComparer.Ordinal)
    {
        ["userTask"] = ["candidateRoles", "candidateUsers", "assignee", "dueIn", "outcomes", "sendBackTo", "notInitiator", "notSameAs"],
        ["multiInstanceLoopCharacteristics"] = ["collection", "completion"],
        ["serviceTask"] = ["handler"],
        ["intermediateCatchEvent"] = ["correlationKey"],
    };

    public static void Check(XElement root, ParseContext context)
    {
        foreach (var element in root.Descendants())
        {
            foreach (var attribute in element.Attributes().Where(a => a.Name.Namespace == BpmnNames.Platform))
            {
                var allowed = ByElement.TryGetValue(element.Name.LocalName, out var names) && names.Contains(attribute.Name.LocalName);
                if (!allowed)
                    context.Problem(IdOfOwner(element), $"pf:{attribute.Name.LocalName} is not a platform attribute of {element.Name.LocalName}");
            }
        }
    }

    /// Loop characteristics have no id of their own: the task they belong to is the one to fix.
    private static string IdOfOwner(XElement element) =>
        element.Attribute("id") is null && element.Parent is { } parent ? ParseContext.IdOf(parent) : ParseContext.IdOf(element);
}
