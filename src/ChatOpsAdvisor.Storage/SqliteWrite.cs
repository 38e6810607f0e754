using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ChatOpsAdvisor.Storage;

/// <summary>
/// A connection in a write transaction, from <see cref="SqliteDatabase.BeginWriteAsync"/>.
/// Disposing it rolls back unless committed, closes the connection and lets the next writer in.
/// </summary>
public sealed class SqliteWrite : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate;

    internal SqliteWrite(SqliteConnection connection, DbTransaction transaction, SemaphoreSlim gate)
    {
        Connection = connection;
        Transaction = transaction;
        _gate = gate;
    }

    public SqliteConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.DisposeAsync().ConfigureAwait(false);
            await Connection.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
