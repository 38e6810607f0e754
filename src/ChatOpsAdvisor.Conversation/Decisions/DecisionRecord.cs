namespace ChatOpsAdvisor.Conversation.Decisions;

/// <summary>
/// A recorded model choice: the team's shared record. <see cref="Number"/> is short and readable
/// per tenant (#42). Everything shown when the decision was made is kept as it was shown.
/// </summary>
public sealed record DecisionRecord(
    int Number,
    string TenantId,
    DecisionPlace Place,
    DecisionActor DecidedBy,
    DateTimeOffset DecidedAt,
    DecisionInputs Inputs,
    IReadOnlyList<CandidateSnapshot> Candidates,
    string ChosenModel,
    string? Rationale,
    IReadOnlyList<string> BotReasons,
    IReadOnlyList<PitfallSnapshot> Pitfalls,
    string CatalogVersion,
    string Status,
    int? SupersededBy,
    int? Supersedes,
    CardReference? Card,
    string SourceActivityId,
    string? ValidationResult = null);

/// <summary>Where the decision was made: team, channel and conversation, and the channel kind (msteams, slack, cli).</summary>
public sealed record DecisionPlace(string ChannelKind, string ConversationId, string? TeamId = null, string? ChannelId = null);

/// <summary>Who did something.</summary>
public sealed record DecisionActor(string Id, string? Name);

/// <summary>The hardware and needs the recommendation was made for.</summary>
public sealed record DecisionInputs(
    double GpuMemoryGb,
    int GpuCount,
    string? Gpu,
    string Workload,
    string Precision,
    int ContextTokens,
    string UseCase,
    bool CommercialUseRequired);

/// <summary>A candidate as it was shown: rank, score with its band, memory, and where the evidence came from.</summary>
public sealed record CandidateSnapshot(
    int Rank,
    string Model,
    double ParametersBillions,
    double? Score,
    double? ScoreHalfWidth,
    double MemoryPerGpuGb,
    double? TokensPerSecond,
    string License,
    IReadOnlyList<string> Sources);

/// <summary>A pitfall as it was shown.</summary>
public sealed record PitfallSnapshot(string Kind, string Message);

/// <summary>
/// Where the decision card was posted, so it can be edited in place later: the Bot Framework
/// conversation reference and activity id, or the Slack channel and message ts.
/// </summary>
public sealed record CardReference(string ChannelKind, string ConversationId, string MessageId, string? ServiceUrl = null, string? BotId = null);

/// <summary>The status vocabulary (stored; proposed → accepted | rejected | superseded).</summary>
public static class DecisionStatuses
{
    public const string Proposed = "proposed";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Superseded = "superseded";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Proposed, Accepted, Rejected, Superseded };
}
