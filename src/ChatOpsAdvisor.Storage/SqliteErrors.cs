using Microsoft.Data.Sqlite;

namespace ChatOpsAdvisor.Storage;

internal static class SqliteErrors
{
    private const int ConstraintUnique = 2067; // SQLITE_CONSTRAINT_UNIQUE (extended result code)

    /// <summary>True when a UNIQUE constraint (not a primary key) rejected the statement.</summary>
    public static bool IsUniqueViolation(this SqliteException exception) => exception.SqliteExtendedErrorCode == ConstraintUnique;
}
