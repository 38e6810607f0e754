using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Storage;
using ChatOpsAdvisor.Storage.Decisions;
using ChatOpsAdvisor.Storage.Migrations;

namespace ChatOpsAdvisor.Benchmarks;

/// <summary>
/// Issue 5 target: appending decisions at 2,000 per second sustained. Each operation is one
/// RecordAsync (its own connection and BEGIN IMMEDIATE transaction: the decision row, its event,
/// all the indexes) into a file that grows through the run, empty at the start or a copy of the
/// million-decision "spread" database; 16 tenants take turns. Iterations of about two seconds, so
/// each includes its share of WAL checkpoints and a run appends tens of thousands of decisions.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
[IterationTime(2000)]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls [GlobalCleanup], which disposes the database.")]
public class StorageAppendBenchmarks
{
    private const int Writers = 8;
    private const int PerWriter = 16;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatopsadvisor-bench", "append-" + Guid.NewGuid().ToString("N"));
    private SqliteDatabase _database = null!;
    private SqliteDecisionLog _log = null!;
    private NewDecision[] _templates = null!;
    private long _next;

    [Params(0, StorageBenchData.Records)]
    public int Existing { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(_folder, "advisor.db");
        if (Existing > 0)
        {
            var million = StorageBenchData.MillionAsync("spread").GetAwaiter().GetResult();
            Directory.CreateDirectory(_folder);
            File.Copy(million.FilePath, path);
            million.Dispose();
        }

        _database = new SqliteDatabase(path);
        new SchemaMigrator(_database, TimeProvider.System).MigrateAsync(default).GetAwaiter().GetResult();
        _log = new SqliteDecisionLog(_database, TimeProvider.System);
        var random = new Random(7);
        _templates = [.. Enumerable.Range(0, 16).Select(t => StorageBenchData.Decision(StorageBenchData.Tenant(t), random, "template"))];
        _next = 2_000_000; // activity ids the seeded file does not hold
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>One writer, one decision after another.</summary>
    [Benchmark]
    public Task<DecisionRecord> RecordOne() => RecordNextAsync();

    /// <summary>Eight writers at once (the bot under load): mean time per decision.</summary>
    [Benchmark(OperationsPerInvoke = Writers * PerWriter)]
    public Task RecordFromEightWriters() => Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
    {
        for (var i = 0; i < PerWriter; i++)
        {
            await RecordNextAsync();
        }
    })));

    private Task<DecisionRecord> RecordNextAsync()
    {
        var n = Interlocked.Increment(ref _next);
        return _log.RecordAsync(_templates[n % _templates.Length] with { SourceActivityId = "activity-" + n }, default);
    }
}
