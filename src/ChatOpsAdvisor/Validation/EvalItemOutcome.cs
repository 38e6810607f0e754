namespace ChatOpsAdvisor.Validation;

/// <summary>
/// What one candidate did with one item: an answer scored right or wrong, or a failure
/// (<see cref="FailureKinds"/>) with a short detail that never contains the candidate's key.
/// </summary>
public sealed record EvalItemOutcome(
    string ItemId,
    bool? Correct,
    string? Answer,
    string? Failure,
    string? FailureDetail,
    TimeSpan Latency,
    long? CompletionTokens)
{
    public bool Answered => Failure is null;
}
