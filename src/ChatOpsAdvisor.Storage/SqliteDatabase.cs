using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatOpsAdvisor.Storage;

/// <summary>
/// The SQLite file the stores share. A read opens its own connection (pooled by Microsoft.Data.Sqlite, so
/// opening is cheap) and disposes it when done; writes take turns on one connection kept open for them.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    // busy_timeout: a writer waits for another's BEGIN IMMEDIATE instead of failing at once.
    // synchronous=NORMAL is the documented pairing with WAL: a commit survives a crash of the
    // process; only a power loss can drop the last commits (WAL is fsynced at checkpoints).
    // wal_autocheckpoint=4000 pages (~16 MB): a decision dirties about a dozen pages, mostly the
    // same hot index pages, so checkpointing less often than the default 1,000 copies each of them
    // back to the file fewer times (measured: docs/PERFORMANCE.md); journal_size_limit trims the WAL.
    // cache_size=32 MB per connection (default 2 MB) keeps a large file's index pages between writes.
    private const string ConnectionPragmas =
        "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 4000; PRAGMA journal_size_limit = 67108864; PRAGMA cache_size = -32768;";

    /// <param name="filePath">The database file; its folder is created when missing.</param>
    public SqliteDatabase(string filePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        FilePath = Path.GetFullPath(filePath);
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    // Writers of this process queue here, in order, for the writers' connection: SQLite's busy
    // handler would make them sleep 1, 2, 5, 10 ... ms between tries. Writers in other processes
    // still meet busy_timeout.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>Opens a new connection with the per-connection settings applied.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Pooled connections keep their native handle: the settings are applied once per handle.
            if (connection.Handle is { } handle && !Configured.TryGetValue(handle, out _))
            {
                await connection.ExecuteAsync(new CommandDefinition(ConnectionPragmas, cancellationToken: cancellationToken)).ConfigureAwait(false);
                Configured.AddOrUpdate(handle, Configured);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Opens a connection and starts a write transaction on it: BEGIN IMMEDIATE (SQLite's write
    /// lock taken at the start, so what the transaction reads stays true until it commits), entered
    /// by one writer of this process at a time. Disposing it rolls back unless committed.
    /// </summary>
    public async Task<SqliteWrite> BeginWriteAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer ??= await OpenAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await _writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return new SqliteWrite(_writer, transaction, EndWrite);
        }
        catch
        {
            try
            {
                await DropWriterAsync().ConfigureAwait(false);
            }
            finally
            {
                _writeGate.Release();
            }

            throw;
        }
    }

    // The writers' one connection, used under the gate only. Keeping it open keeps its page cache: no other
    // connection of this process writes (the schema migration at start-up aside), so a write transaction finds
    // the pages the last one left.
    private SqliteConnection? _writer;

    private async ValueTask EndWrite(bool healthy)
    {
        try
        {
            if (!healthy)
            {
                await DropWriterAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async ValueTask DropWriterAsync()
    {
        if (_writer is { } writer)
        {
            _writer = null;
            await writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    // Set under the gate: a writer let in after Dispose is refused instead of opening a connection nobody closes.
    // The gate itself is not disposed (it holds no wait handle), so writers still waiting are let in and refused.
    private bool _disposed;

    public void Dispose()
    {
        _writeGate.Wait();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }
        finally
        {
            _writeGate.Release();
        }

        ReleasePooledConnections();
    }

    /// <summary>Closes the pooled connections to this file (tests delete their folders afterwards).</summary>
    public void ReleasePooledConnections()
    {
        _writeGate.Wait();
        try
        {
            _writer?.Dispose();
            _writer = null;
        }
        finally
        {
            _writeGate.Release();
        }

        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
