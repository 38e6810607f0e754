using ChatOpsAdvisor.Conversation.Decisions;

namespace ChatOpsAdvisor.Storage.Decisions;

/// <summary>One row of the decisions table as Dapper reads and writes it (see <see cref="Columns"/>).</summary>
internal sealed record DecisionRow
{
    /// <summary>Every column, aliased to the property it fills.</summary>
    public const string Columns = """
        tenant_id AS TenantId, decision_number AS Number, channel_kind AS ChannelKind, team_id AS TeamId,
        channel_id AS ChannelId, conversation_id AS ConversationId, decided_by_id AS DecidedById,
        decided_by_name AS DecidedByName, decided_at AS DecidedAt, gpu_memory_gb AS GpuMemoryGb,
        gpu_count AS GpuCount, gpu AS Gpu, workload AS Workload, weight_precision AS WeightPrecision,
        context_tokens AS ContextTokens, use_case AS UseCase, commercial_use_required AS CommercialUseRequired,
        candidates_json AS CandidatesJson, chosen_model AS ChosenModel, rationale AS Rationale,
        bot_reasons_json AS BotReasonsJson, pitfalls_json AS PitfallsJson, catalog_version AS CatalogVersion,
        status AS Status, superseded_by AS SupersededBy, supersedes AS Supersedes,
        card_channel_kind AS CardChannelKind, card_conversation_id AS CardConversationId,
        card_message_id AS CardMessageId, card_service_url AS CardServiceUrl, card_bot_id AS CardBotId,
        source_activity_id AS SourceActivityId, validation_result AS ValidationResult
        """;

    public required string TenantId { get; init; }
    public int Number { get; init; }
    public required string ChannelKind { get; init; }
    public string? TeamId { get; init; }
    public string? ChannelId { get; init; }
    public required string ConversationId { get; init; }
    public required string DecidedById { get; init; }
    public string? DecidedByName { get; init; }
    public required string DecidedAt { get; init; }
    public double GpuMemoryGb { get; init; }
    public int GpuCount { get; init; }
    public string? Gpu { get; init; }
    public required string Workload { get; init; }
    public required string WeightPrecision { get; init; }
    public int ContextTokens { get; init; }
    public required string UseCase { get; init; }
    public bool CommercialUseRequired { get; init; }
    public required string CandidatesJson { get; init; }
    public required string ChosenModel { get; init; }
    public string? Rationale { get; init; }
    public required string BotReasonsJson { get; init; }
    public required string PitfallsJson { get; init; }
    public required string CatalogVersion { get; init; }
    public required string Status { get; init; }
    public int? SupersededBy { get; init; }
    public int? Supersedes { get; init; }
    public string? CardChannelKind { get; init; }
    public string? CardConversationId { get; init; }
    public string? CardMessageId { get; init; }
    public string? CardServiceUrl { get; init; }
    public string? CardBotId { get; init; }
    public required string SourceActivityId { get; init; }
    public string? ValidationResult { get; init; }

    // Filled only when writing: the derived columns the filters and the chart use.
    public string? DecidedOn { get; init; }
    public string? DecidedByNameKey { get; init; }
    public string? UseCaseKey { get; init; }
    public string? ChosenModelKey { get; init; }

    public static DecisionRow From(NewDecision d, int number, DateTimeOffset at) => new()
    {
        TenantId = d.TenantId,
        Number = number,
        ChannelKind = d.Place.ChannelKind,
        TeamId = d.Place.TeamId,
        ChannelId = d.Place.ChannelId,
        ConversationId = d.Place.ConversationId,
        DecidedById = d.DecidedBy.Id,
        DecidedByName = d.DecidedBy.Name,
        DecidedByNameKey = FilterKey.Of(d.DecidedBy.Name),
        DecidedAt = UtcText.Instant(at),
        DecidedOn = UtcText.Day(at),
        GpuMemoryGb = d.Inputs.GpuMemoryGb,
        GpuCount = d.Inputs.GpuCount,
        Gpu = d.Inputs.Gpu,
        Workload = d.Inputs.Workload,
        WeightPrecision = d.Inputs.Precision,
        ContextTokens = d.Inputs.ContextTokens,
        UseCase = d.Inputs.UseCase,
        UseCaseKey = FilterKey.Of(d.Inputs.UseCase) ?? string.Empty,
        CommercialUseRequired = d.Inputs.CommercialUseRequired,
        CandidatesJson = StorageJson.Candidates(d.Candidates),
        ChosenModel = d.ChosenModel,
        ChosenModelKey = FilterKey.Of(d.ChosenModel) ?? string.Empty,
        Rationale = d.Rationale,
        BotReasonsJson = StorageJson.Texts(d.BotReasons),
        PitfallsJson = StorageJson.Pitfalls(d.Pitfalls),
        CatalogVersion = d.CatalogVersion,
        Status = DecisionStatuses.Proposed,
        Supersedes = d.Supersedes,
        SourceActivityId = d.SourceActivityId,
    };

    public DecisionRecord ToRecord() => new(
        Number,
        TenantId,
        new DecisionPlace(ChannelKind, ConversationId, TeamId, ChannelId),
        new DecisionActor(DecidedById, DecidedByName),
        UtcText.ParseInstant(DecidedAt),
        new DecisionInputs(GpuMemoryGb, GpuCount, Gpu, Workload, WeightPrecision, ContextTokens, UseCase, CommercialUseRequired),
        StorageJson.Candidates(CandidatesJson),
        ChosenModel,
        Rationale,
        StorageJson.Texts(BotReasonsJson),
        StorageJson.Pitfalls(PitfallsJson),
        CatalogVersion,
        Status,
        SupersededBy,
        Supersedes,
        CardChannelKind is null || CardConversationId is null || CardMessageId is null
            ? null
            : new CardReference(CardChannelKind, CardConversationId, CardMessageId, CardServiceUrl, CardBotId),
        SourceActivityId,
        ValidationResult);
}

/// <summary>The value case-insensitive filters compare: trimmed and lower-cased the same way on write and on query.</summary>
internal static class FilterKey
{
    public static string? Of(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}
