namespace Platform.Web.Components.Pages.Workflows;

/// Classifies a task's due time (pf:dueIn from when it opened) against now.
public static class TaskDue
{
    /// Less than this left: the task is due soon, so it stands out before it is late.
    public static readonly TimeSpan SoonWithin = TimeSpan.FromHours(1);

    public static DueKind Of(DateTimeOffset? dueAt, DateTimeOffset now) => dueAt switch
    {
        null => DueKind.None,
        { } due when due <= now => DueKind.Overdue,
        { } due when due - now < SoonWithin => DueKind.Soon,
        _ => DueKind.Ok,
    };

    /// The attribute value the tests and the row styles read.
    public static string Name(DueKind kind) => kind switch
    {
        DueKind.Overdue => "overdue",
        DueKind.Soon => "soon",
        DueKind.Ok => "ok",
        _ => "none",
    };
}
