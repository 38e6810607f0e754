using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Conversation.State;

namespace ChatOpsAdvisor.Storage;

/// <summary>
/// The JSON text columns, through a source-generated context. Decision snapshots go through
/// storage-owned shapes (<see cref="StoredCandidate"/>, <see cref="StoredPitfall"/>) so that a
/// rename in the Conversation layer can never silently empty the history; conversation state is
/// short-lived and stored from its own record (read-only helper properties are not written).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, IgnoreReadOnlyProperties = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationState))]
[JsonSerializable(typeof(List<StoredCandidate>))]
[JsonSerializable(typeof(List<StoredPitfall>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;

internal static class StorageJson
{
    private static StorageJsonContext Default => StorageJsonContext.Default;

    public static string Candidates(IReadOnlyList<CandidateSnapshot> candidates) =>
        JsonSerializer.Serialize(candidates.Select(StoredCandidate.From).ToList(), Default.ListStoredCandidate);

    public static List<CandidateSnapshot> Candidates(string json) =>
        [.. (JsonSerializer.Deserialize(json, Default.ListStoredCandidate) ?? []).Select(c => c.ToSnapshot())];

    public static string Pitfalls(IReadOnlyList<PitfallSnapshot> pitfalls) =>
        JsonSerializer.Serialize(pitfalls.Select(p => new StoredPitfall(p.Kind, p.Message)).ToList(), Default.ListStoredPitfall);

    public static List<PitfallSnapshot> Pitfalls(string json) =>
        [.. (JsonSerializer.Deserialize(json, Default.ListStoredPitfall) ?? []).Select(p => new PitfallSnapshot(p.Kind, p.Message))];

    public static string Texts(IReadOnlyList<string> texts) => JsonSerializer.Serialize([.. texts], Default.ListString);

    public static List<string> Texts(string json) => JsonSerializer.Deserialize(json, Default.ListString) ?? [];
}

/// <summary>A candidate as stored in decisions.candidates_json.</summary>
internal sealed record StoredCandidate(
    int Rank,
    string Model,
    double ParametersBillions,
    double? Score,
    double? ScoreHalfWidth,
    double MemoryPerGpuGb,
    double? TokensPerSecond,
    string License,
    List<string> Sources)
{
    public static StoredCandidate From(CandidateSnapshot c) =>
        new(c.Rank, c.Model, c.ParametersBillions, c.Score, c.ScoreHalfWidth, c.MemoryPerGpuGb, c.TokensPerSecond, c.License, [.. c.Sources]);

    public CandidateSnapshot ToSnapshot() =>
        new(Rank, Model, ParametersBillions, Score, ScoreHalfWidth, MemoryPerGpuGb, TokensPerSecond, License, Sources ?? []);
}

/// <summary>A pitfall as stored in decisions.pitfalls_json.</summary>
internal sealed record StoredPitfall(string Kind, string Message);
