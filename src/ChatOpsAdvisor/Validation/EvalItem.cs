namespace ChatOpsAdvisor.Validation;

/// <summary>One prompt of an eval set with the answer it expects and how to score it.</summary>
/// <param name="Id">The line's <c>id</c>, or "line N" when it has none.</param>
/// <param name="Line">1-based line number in the JSONL file.</param>
/// <param name="Field">The JSON path (for <see cref="ScoringKinds.JsonField"/> only), e.g. "result.label".</param>
public sealed record EvalItem(string Id, int Line, string Prompt, string Expected, string Scoring, string? Field = null);
