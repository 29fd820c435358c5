namespace Platform.Trading.Contracts.ReferenceData;

/// The levels of the book hierarchy, top down.
public static class BookLevels
{
    public const string Firm = "Firm";
    public const string Department = "Department";
    public const string Desk = "Desk";
    public const string Book = "Book";

    public static IReadOnlyList<string> All { get; } = [Firm, Department, Desk, Book];
}
