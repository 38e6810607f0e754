namespace ChatOpsAdvisor.Conversation.Decisions;

/// <summary>
/// The decision log (SQLite through Dapper in ChatOpsAdvisor.Storage). Every method is scoped to
/// one tenant: nothing crosses tenants.
/// </summary>
public interface IDecisionLog
{
    /// <summary>
    /// Records a decision and its "recorded" event. Idempotent on (tenant, SourceActivityId): a
    /// retried or double-clicked submit returns the record made the first time. When the decision
    /// supersedes another, that one becomes "superseded by #N" in the same transaction.
    /// </summary>
    Task<DecisionRecord> RecordAsync(NewDecision decision, CancellationToken cancellationToken);

    Task<DecisionRecord?> GetAsync(string tenantId, int number, CancellationToken cancellationToken);

    Task<DecisionPage> HistoryAsync(DecisionQuery query, CancellationToken cancellationToken);

    /// <summary>Changes the status and appends the event; returns null when the decision does not exist in the tenant.</summary>
    Task<DecisionRecord?> ChangeStatusAsync(string tenantId, int number, string status, DecisionActor actor, string? detail, CancellationToken cancellationToken);

    /// <summary>Appends an event without changing the status (for example "revisited").</summary>
    Task AppendEventAsync(DecisionEvent decisionEvent, CancellationToken cancellationToken);

    Task<IReadOnlyList<DecisionEvent>> EventsAsync(string tenantId, int number, CancellationToken cancellationToken);

    /// <summary>Remembers where the record card was posted so it can be edited in place.</summary>
    Task SetCardAsync(string tenantId, int number, CardReference card, CancellationToken cancellationToken);

    /// <summary>Attaches a custom-eval result (issue 8) to the decision.</summary>
    Task AttachValidationAsync(string tenantId, int number, string result, DecisionActor actor, CancellationToken cancellationToken);
}
