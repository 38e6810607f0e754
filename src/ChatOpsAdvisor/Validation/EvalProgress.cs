namespace ChatOpsAdvisor.Validation;

/// <summary>Reported after every request: enough to drive a progress bar or update a chat card.</summary>
/// <param name="Completed">Requests finished so far, over all candidates.</param>
/// <param name="Total">Items × candidates.</param>
public sealed record EvalProgress(int Completed, int Total, string Candidate, string ItemId, bool? Correct, string? Failure);
