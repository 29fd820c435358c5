namespace Platform.Workflows.Definitions;

/// When a multi-instance task is done (pf:completion="all|any|N"). Count may be below 1 as read from the file;
/// the validator refuses that, so a deployed definition always has N ≥ 1.
public readonly record struct MultiInstanceCompletion(MultiInstanceCompletionKind Kind, int Count)
{
    public static MultiInstanceCompletion All => new(MultiInstanceCompletionKind.All, 0);
    public static MultiInstanceCompletion Any => new(MultiInstanceCompletionKind.Any, 1);
    public static MultiInstanceCompletion OfCount(int n) => new(MultiInstanceCompletionKind.Count, n);

    public override string ToString() => Kind switch
    {
        MultiInstanceCompletionKind.All => "all",
        MultiInstanceCompletionKind.Any => "any",
        _ => Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
