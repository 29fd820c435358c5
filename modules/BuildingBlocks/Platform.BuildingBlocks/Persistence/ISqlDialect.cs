using System.Data.Common;

namespace Platform.BuildingBlocks.Persistence;

/// The fragments of SQL that differ between databases. Handlers write one statement for all databases and
/// ask the dialect only for these pieces, never branching on the database themselves.
public interface ISqlDialect
{
    DatabaseKind Kind { get; }

    /// Column types and keys used in migration scripts as placeholders: ${id}, ${bigint}, ${bool}, ${text},
    /// ${string(N)}, ${decimal(P,S)}, ${double}, ${blob}. Everything else in a script is plain SQL.
    string ExpandDdl(string script);

    /// Appends paging to a query that already has its ORDER BY; the caller binds @Skip and @Take.
    string Page(string orderedQuery);

    /// Inserts a row or, when a row with the same key exists, updates its value columns. Parameters are named
    /// like the columns (<c>@user_name</c>). Table and column names must be plain identifiers.
    string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> valueColumns);

    /// True when the exception is a primary-key or unique-constraint violation.
    bool IsUniqueViolation(DbException exception);

    /// A statement that serialises migration runs across nodes for the rest of the transaction, or null when
    /// the database already serialises writers (SQLite).
    string? MigrationLockStatement { get; }
}
