namespace ChatOpsAdvisor.Conversation.Decisions;

/// <summary>One entry of a decision's append-only audit trail: who did what, when.</summary>
public sealed record DecisionEvent(int DecisionNumber, string TenantId, string Kind, DecisionActor Actor, DateTimeOffset At, string? Detail);

/// <summary>Audit event kinds (stored).</summary>
public static class DecisionEventKinds
{
    public const string Recorded = "recorded";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Superseded = "superseded";
    public const string Revisited = "revisited";
    public const string CardPosted = "card-posted";
    public const string ValidationAttached = "validation-attached";
}
