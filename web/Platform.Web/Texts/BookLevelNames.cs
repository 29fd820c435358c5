using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Web.Texts;

/// The levels of the book hierarchy, top down.
public static class BookLevelNames
{
    public static LocalizedText Of(string level) => level switch
    {
        BookLevels.Firm => new("公司", "Firm"),
        BookLevels.Department => new("部门", "Department"),
        BookLevels.Desk => new("交易台", "Desk"),
        BookLevels.Book => new("账簿", "Book"),
        _ => new(level, level),
    };
}
