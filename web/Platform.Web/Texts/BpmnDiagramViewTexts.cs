using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The read-only BPMN diagram view.
public static class BpmnDiagramViewTexts
{
    public static readonly LocalizedText CannotShow = new("无法显示流程图：{0}", "The diagram cannot be shown: {0}");
}
