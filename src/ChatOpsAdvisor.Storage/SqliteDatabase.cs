using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatOpsAdvisor.Storage;

/// <summary>
/// The SQLite file the stores share. Every operation opens its own connection (pooled by
/// Microsoft.Data.Sqlite, so opening is cheap) and disposes it when done.
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

    // Writers of this process queue here, in order, before they open a connection: SQLite's busy
    // handler would make them sleep 1, 2, 5, 10 ... ms between tries, and one writer at a time
    // keeps reusing the same pooled connection, whose page cache another writer's commit would
    // otherwise invalidate. Writers in other processes still meet busy_timeout.
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
        SqliteConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return new SqliteWrite(connection, transaction, _writeGate);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            _writeGate.Release();
            throw;
        }
    }

    public void Dispose()
    {
        ReleasePooledConnections();
        _writeGate.Dispose();
    }

    /// <summary>Closes the pooled connections to this file (tests delete their folders afterwards).</summary>
    public void ReleasePooledConnections()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
