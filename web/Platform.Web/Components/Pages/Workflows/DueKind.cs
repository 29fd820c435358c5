namespace Platform.Web.Components.Pages.Workflows;

/// How close a task is to its due time; the inbox and the task panel show each with its own colour and label.
public enum DueKind
{
    None,
    Ok,
    Soon,
    Overdue,
}
