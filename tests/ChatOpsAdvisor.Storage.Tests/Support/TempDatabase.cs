using ChatOpsAdvisor.Storage.Migrations;

namespace ChatOpsAdvisor.Storage.Tests.Support;

/// <summary>A real SQLite file in a fresh temporary folder (deleted afterwards).</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatopsadvisor-storage-tests", Guid.NewGuid().ToString("N"));

    /// <param name="subfolder">Put the file in a folder that does not exist yet (the database creates it).</param>
    public TempDatabase(string subfolder = "data")
    {
        Database = new SqliteDatabase(Path.Combine(_folder, subfolder, "advisor.db"));
    }

    public SqliteDatabase Database { get; }

    public static async Task<TempDatabase> MigratedAsync(TimeProvider time)
    {
        var db = new TempDatabase();
        await new SchemaMigrator(db.Database, time).MigrateAsync(CancellationToken.None);
        return db;
    }

    public void Dispose()
    {
        Database.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
