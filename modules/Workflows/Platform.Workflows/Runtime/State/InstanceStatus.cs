namespace Platform.Workflows.Runtime;

public enum InstanceStatus
{
    Running,
    Completed,
    Cancelled,
}
