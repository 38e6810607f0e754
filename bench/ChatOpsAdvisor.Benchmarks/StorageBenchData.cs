using System.Globalization;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Storage;
using ChatOpsAdvisor.Storage.Decisions;
using ChatOpsAdvisor.Storage.Migrations;
using Dapper;

namespace ChatOpsAdvisor.Benchmarks;

/// <summary>
/// Synthetic decisions shaped like real ones (five candidates with sources, three pitfalls, a
/// rationale), and the million-row databases the history benchmark reads, seeded once into the temp
/// folder through the log's own row mapping and INSERT, in one transaction, then kept for later runs.
/// </summary>
public static class StorageBenchData
{
    public const int Records = 1_000_000;
    public const int UseCases = 12;
    public const int Models = 45;
    public const int Teams = 50;
    public const int Conversations = 500;
    public const int People = 1_000;
    private const int SeedVersion = 3;

    public static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Span = TimeSpan.FromDays(730);

    public static string UseCase(int i) => $"use-case-{i % UseCases:00}";
    public static string Model(int i) => $"org-{i % Models % 9}/Model-{i % Models:00}-{7 + i % Models % 5}B-Instruct";
    public static string Team(int i) => $"team-{i % Teams:000}";
    public static string Conversation(int i) => $"19:conversation-{i % Conversations:0000}@thread.tacv2";
    public static string PersonId(int i) => $"aad-user-{i % People:0000}";
    public static string PersonName(int i) => $"Person {i % People:0000} 田中";

    public static NewDecision Decision(string tenant, Random random, string activity) => new(
        tenant,
        new DecisionPlace("msteams", Conversation(random.Next()), Team(random.Next()), "channel-1"),
        PersonOf(random.Next()),
        new DecisionInputs(24, 1 + random.Next(4), "NVIDIA RTX 4090", "inference", "bf16", 16384, UseCase(random.Next()), random.Next(2) == 0),
        [.. Enumerable.Range(1, 5).Select(rank => new CandidateSnapshot(
            rank, Model(random.Next()), 7.6, 80 - rank, 2.4, 17.2, 41, "Apache-2.0",
            ["humaneval=88.4 (qwen-2.5-coder-report, 2024-09-18)", "mbpp=83.5 (qwen-2.5-coder-report, 2024-09-18)"]))],
        Model(random.Next()),
        "Fits on one 24 GB card with room for 16k context; HumanEval and MBPP lead among the models that fit, and the licence allows commercial use.",
        ["Ranked 1 of 5 fitting models (score 79.0)", "Uses 17.2 GB of 24 GB, 6.8 GB headroom"],
        [
            new PitfallSnapshot("contamination", "HumanEval and MBPP may be in the training data: confirm on your own prompts."),
            new PitfallSnapshot("noise", "Scores within 2.4 points of each other are a statistical tie."),
            new PitfallSnapshot("not-measured", "Leaderboards do not measure latency, memory or cost on your hardware."),
        ],
        "catalog-2025-06-01",
        null,
        activity);

    private static DecisionActor PersonOf(int i) => new(PersonId(i), PersonName(i));

    /// <summary>A migrated million-row database: "spread" is 100 tenants of 10,000; "one-tenant" is the worst case.</summary>
    public static async Task<SqliteDatabase> MillionAsync(string layout)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatopsadvisor-bench");
        var path = Path.Combine(folder, $"history-{layout}-seed{SeedVersion}-schema{SchemaMigrations.Latest}.db");
        var done = path + ".done";
        if (File.Exists(done))
        {
            return new SqliteDatabase(path);
        }

        foreach (var stale in Directory.Exists(folder) ? Directory.GetFiles(folder, Path.GetFileName(path) + "*") : [])
        {
            File.Delete(stale);
        }

        var database = new SqliteDatabase(path);
        await new SchemaMigrator(database, TimeProvider.System).MigrateAsync(default);
        var tenants = layout == "one-tenant" ? 1 : 100;
        var started = System.Diagnostics.Stopwatch.StartNew();
        await SeedAsync(database, tenants);
        Console.WriteLine($"// Seeded {Records:N0} decisions in {tenants} tenant(s) in {started.Elapsed.TotalSeconds:0.0} s: {path}");
        await File.WriteAllTextAsync(done, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return database;
    }

    public static string Tenant(int i) => $"tenant-{i:000}";

    /// <summary>Reads the file once so that it is in the OS page cache, as a running server's database would be.</summary>
    public static void WarmFileCache(string path)
    {
        var buffer = new byte[1 << 20];
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        while (file.Read(buffer, 0, buffer.Length) > 0)
        {
        }
    }

    private static async Task SeedAsync(SqliteDatabase database, int tenants)
    {
        const int Chunk = 10_000;
        var random = new Random(42);
        var perTenant = Records / tenants;
        var statuses = new[] { DecisionStatuses.Proposed, DecisionStatuses.Proposed, DecisionStatuses.Proposed, DecisionStatuses.Accepted, DecisionStatuses.Accepted, DecisionStatuses.Rejected, DecisionStatuses.Superseded };
        await using var connection = await database.OpenAsync(default);
        await connection.ExecuteAsync("PRAGMA cache_size = -1000000;");
        await using var transaction = await connection.BeginTransactionAsync();
        for (var first = 0; first < Records; first += Chunk)
        {
            var rows = new List<DecisionRow>(Chunk);
            var events = new List<object>(Chunk);
            for (var i = first; i < first + Chunk; i++)
            {
                // Numbers and times rise together inside each tenant, as the log writes them.
                var tenant = Tenant(i % tenants);
                var number = i / tenants + 1;
                var at = Start + TimeSpan.FromTicks(Span.Ticks / perTenant * number);
                var d = Decision(tenant, random, $"activity-{i}");
                rows.Add(DecisionRow.From(d, number, at) with { Status = statuses[random.Next(statuses.Length)] });
                events.Add(new { TenantId = tenant, Number = number, Kind = DecisionEventKinds.Recorded, ActorId = d.DecidedBy.Id, ActorName = d.DecidedBy.Name, OccurredAt = rows[^1].DecidedAt, Detail = (string?)null });
            }

            await connection.ExecuteAsync(SqliteDecisionLog.InsertDecision, rows, transaction);
            await connection.ExecuteAsync(SqliteDecisionLog.InsertEvent, events, transaction);
        }

        await transaction.CommitAsync();
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
    }
}
