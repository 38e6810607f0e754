using Dapper;

namespace ChatOpsAdvisor.Storage.Migrations;

/// <summary>
/// Brings the database to the latest schema at start-up: WAL on, then every pending migration and
/// its schema_version row in one transaction, so the file is either at the old version or the new
/// one. BEGIN IMMEDIATE makes a second instance starting at the same moment wait and then find
/// nothing left to do. A file written by a newer build is refused rather than guessed at.
/// </summary>
public sealed class SchemaMigrator(SqliteDatabase database, TimeProvider time)
{
    // WAL is a property of the file, kept across connections; SQLite has no standard form for it.
    private const string EnableWal = "PRAGMA journal_mode = WAL;";

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     INTEGER      NOT NULL,
            name        VARCHAR(100) NOT NULL,
            applied_at  VARCHAR(30)  NOT NULL,
            CONSTRAINT pk_schema_version PRIMARY KEY (version)
        );
        """;

    private const string SelectVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";

    private const string InsertVersion = "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt);";

    /// <summary>Applies every pending migration; returns the version the database is now at.</summary>
    public Task<int> MigrateAsync(CancellationToken cancellationToken) => MigrateAsync(SchemaMigrations.Latest, cancellationToken);

    /// <summary>Applies the pending migrations up to <paramref name="targetVersion"/> (tests build each earlier version with it).</summary>
    public async Task<int> MigrateAsync(int targetVersion, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(targetVersion, SchemaMigrations.Latest);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var mode = await connection.ExecuteScalarAsync<string>(new CommandDefinition(EnableWal, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite refused WAL mode for {database.FilePath} (journal mode is '{mode}').");
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(CreateVersionTable, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var current = await connection.ExecuteScalarAsync<int>(new CommandDefinition(SelectVersion, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (current > SchemaMigrations.Latest)
        {
            throw new InvalidOperationException(
                $"{database.FilePath} is at schema version {current}, newer than this build knows ({SchemaMigrations.Latest}). Run a newer build.");
        }

        foreach (var migration in SchemaMigrations.All.Where(m => m.Version > current && m.Version <= targetVersion))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Script, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var row = new { migration.Version, migration.Name, AppliedAt = UtcText.Instant(time.GetUtcNow()) };
            await connection.ExecuteAsync(new CommandDefinition(InsertVersion, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            current = migration.Version;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return current;
    }
}
