using ChatOpsAdvisor.Conversation.Decisions;

namespace ChatOpsAdvisor.Tests.Dashboard.Support;

/// <summary>
/// One app (loopback mode) shared by the read-only page tests, seeded through the app's own
/// IDecisionLog: tenant-a has 30 decisions (#3 supersedes #1, #2 accepted, #1 and #2 carry awkward
/// text), tenant-b has 2 whose words appear nowhere in tenant-a.
/// </summary>
public sealed class SeededDashboard : IAsyncLifetime
{
    public const string TenantA = "tenant-a";
    public const string TenantB = "tenant-b";
    public const string Hostile = "<script>alert('x')</script> & \"quoted\", with comma\r\nand a second line";
    public const string Formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
    public const string BOnly = "b-only-secret";

    public DashboardApp App { get; } = new();

    public async Task InitializeAsync()
    {
        var log = App.Log;
        var day = new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);
        App.Clock.Set(day);
        await log.RecordAsync(Decision(TenantA, "a1", "code-assistant", "Qwen/Qwen2.5-Coder-7B-Instruct", new DecisionActor("u1", "田中 愛子 🚀"), Hostile), default);
        App.Clock.Set(day.AddDays(1));
        await log.RecordAsync(Decision(TenantA, "a2", "customer-support", "meta-llama/Llama-3.1-8B-Instruct", new DecisionActor("u2", "Ken Sato"), Formula), default);
        await log.ChangeStatusAsync(TenantA, 2, DecisionStatuses.Accepted, new DecisionActor("m1", "Manager"), "ok", default);
        App.Clock.Set(day.AddDays(8));
        await log.RecordAsync(Decision(TenantA, "a3", "code-assistant", "google/gemma-2-9b-it", new DecisionActor("u1", "田中 愛子 🚀"), "Newer model fits better.", supersedes: 1), default);
        for (var i = 4; i <= 30; i++)
        {
            App.Clock.Set(day.AddDays(9 + i));
            await log.RecordAsync(Decision(TenantA, $"a{i}", "summarisation", "mistralai/Mistral-7B-Instruct-v0.3", new DecisionActor("u3", "Filler"), $"filler {i}"), default);
        }

        App.Clock.Set(day.AddDays(2));
        await log.RecordAsync(Decision(TenantB, "b1", "code-assistant", BOnly + "/model", new DecisionActor("u1", BOnly + " person"), BOnly + " rationale"), default);
        await log.RecordAsync(Decision(TenantB, "b2", BOnly + "-use-case", BOnly + "/model", new DecisionActor("u9", "Other"), BOnly), default);
        App.Clock.Set(new DateTimeOffset(2025, 7, 20, 12, 0, 0, TimeSpan.Zero));
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    public static NewDecision Decision(string tenant, string activity, string useCase, string model, DecisionActor by, string? rationale, int? supersedes = null) => new(
        tenant,
        new DecisionPlace("msteams", "19:conv@thread.tacv2", "team-1", "channel-1"),
        by,
        new DecisionInputs(24, 2, "NVIDIA RTX 4090", "qlora", "int4", 8192, useCase, CommercialUseRequired: true),
        [
            new CandidateSnapshot(1, model, 7.6, 88.4, 2.5, 17.2, 41, "Apache-2.0", ["humaneval=88.4 (qwen-report, 2024-09-18)"]),
            new CandidateSnapshot(2, "other/runner-up", 8.0, 72.6, null, 18.1, null, "Llama 3.1 Community", []),
        ],
        model,
        rationale,
        ["Ranked 1 of 2 fitting models"],
        [new PitfallSnapshot("contamination", "HumanEval may be in the training data.")],
        "catalog-2025-06-01",
        supersedes,
        activity);
}
