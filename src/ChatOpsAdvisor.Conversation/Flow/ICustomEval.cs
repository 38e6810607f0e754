namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>
/// The team's own eval set run against the configured endpoints (step 3, made real). The host runs
/// it over HTTP; the flow only asks and records the one-line result with the decision.
/// </summary>
public interface ICustomEval
{
    bool IsConfigured { get; }

    /// <summary>Runs the configured eval set; returns its one-line summary (accuracy with intervals, the paired verdict).</summary>
    Task<string> RunAsync(CancellationToken cancellationToken);
}
