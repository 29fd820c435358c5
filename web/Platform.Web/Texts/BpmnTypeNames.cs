using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// BPMN element types as a designer calls them, from bpmn-js's type ("bpmn:UserTask") or the diff's kind ("userTask").
public static class BpmnTypeNames
{
    public static LocalizedText Of(string type) => Local(type.StartsWith("bpmn:", StringComparison.Ordinal) ? type[5..] : type) switch
    {
        "process" => new("流程", "Process"),
        "startEvent" => new("开始事件", "Start event"),
        "endEvent" => new("结束事件", "End event"),
        "userTask" => new("用户任务", "User task"),
        "serviceTask" => new("服务任务", "Service task"),
        "task" => new("普通任务", "Task"),
        "exclusiveGateway" => new("排他网关", "Exclusive gateway"),
        "parallelGateway" => new("并行网关", "Parallel gateway"),
        "inclusiveGateway" => new("包容网关", "Inclusive gateway"),
        "intermediateCatchEvent" => new("中间捕获事件", "Intermediate catch event"),
        "intermediateCatchEvent (timer)" => new("定时事件", "Timer event"),
        "intermediateCatchEvent (message)" => new("消息捕获事件", "Message catch event"),
        "boundaryEvent" or "boundaryEvent (timer)" => new("边界定时事件", "Boundary timer"),
        "callActivity" => new("调用活动", "Call activity"),
        "sequenceFlow" => new("顺序流", "Sequence flow"),
        // Anything else (an element the engine refuses, a future kind) shows as BPMN spells it.
        _ => new(type, type),
    };

    /// "UserTask" → "userTask": bpmn-js's types are the diff's kinds with a capital.
    private static string Local(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
