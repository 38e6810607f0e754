using ChatOpsAdvisor.Conversation.Decisions;

namespace ChatOpsAdvisor.Storage.Tests.Support;

/// <summary>Decisions to record, filled in every field.</summary>
public static class Sample
{
    public static NewDecision Decision(
        string tenant = "tenant-a",
        string activity = "activity-1",
        string useCase = "code-assistant",
        string model = "Qwen/Qwen2.5-Coder-7B-Instruct",
        string personId = "user-1",
        string? personName = "Aiko Tanaka",
        string conversation = "conv-1",
        string? team = "team-1",
        string? rationale = "Fits on one 24 GB card with room for 16k context.",
        int? supersedes = null) =>
        new(
            tenant,
            new DecisionPlace("msteams", conversation, team, "channel-1"),
            new DecisionActor(personId, personName),
            new DecisionInputs(24, 1, "NVIDIA RTX 4090", "inference", "bf16", 16384, useCase, CommercialUseRequired: true),
            [
                new CandidateSnapshot(1, model, 7.6, 88.4, 2.5, 17.2, 41, "Apache-2.0", ["humaneval=88.4 (qwen-report, 2024-09-18)", "mbpp=83.5 (qwen-report)"]),
                new CandidateSnapshot(2, "meta-llama/Llama-3.1-8B-Instruct", 8.0, 72.6, null, 18.1, null, "Llama 3.1 Community", []),
            ],
            model,
            rationale,
            ["Ranked 1 of 5 fitting models", "Leaves 6.8 GB headroom"],
            [new PitfallSnapshot("contamination", "HumanEval may be in the training data."), new PitfallSnapshot("noise", "Scores within 2.5 points are a tie.")],
            "catalog-2025-06-01",
            supersedes,
            activity);
}
