namespace ChatOpsAdvisor.Conversation.Decisions;

/// <summary>What the flow hands the log to record; the log assigns the number and the time.</summary>
public sealed record NewDecision(
    string TenantId,
    DecisionPlace Place,
    DecisionActor DecidedBy,
    DecisionInputs Inputs,
    IReadOnlyList<CandidateSnapshot> Candidates,
    string ChosenModel,
    string? Rationale,
    IReadOnlyList<string> BotReasons,
    IReadOnlyList<PitfallSnapshot> Pitfalls,
    string CatalogVersion,
    int? Supersedes,
    string SourceActivityId);

/// <summary>Which decisions a history view wants; always within one tenant.</summary>
public sealed record DecisionQuery(
    string TenantId,
    string? ConversationId = null,
    string? TeamId = null,
    string? UseCase = null,
    string? Model = null,
    string? Person = null,
    string? Status = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Offset = 0,
    int Limit = 10);

/// <summary>One page of history: the records and the total that match.</summary>
public sealed record DecisionPage(IReadOnlyList<DecisionRecord> Records, int Total);
