using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChatOpsAdvisor.Storage;

/// <summary>
/// The writers' connection in a write transaction, from <see cref="SqliteDatabase.BeginWriteAsync"/>.
/// Disposing it rolls back unless committed and lets the next writer in; the connection stays open for it.
/// </summary>
public sealed class SqliteWrite : IAsyncDisposable
{
    private readonly Func<bool, ValueTask> _end;
    private int _disposed;

    internal SqliteWrite(SqliteConnection connection, DbTransaction transaction, Func<bool, ValueTask> end)
    {
        Connection = connection;
        Transaction = transaction;
        _end = end;
    }

    public SqliteConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public async ValueTask DisposeAsync()
    {
        // Twice would let a second writer onto the connection while a third holds it.
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        var healthy = false;
        try
        {
            await Transaction.DisposeAsync().ConfigureAwait(false);

            // A connection that could not roll back (or was closed under us) is not handed to the next writer.
            healthy = Connection.State == ConnectionState.Open && !Connection.Handle!.IsInvalid && raw.sqlite3_get_autocommit(Connection.Handle) != 0;
        }
        finally
        {
            await _end(healthy).ConfigureAwait(false);
        }
    }
}
