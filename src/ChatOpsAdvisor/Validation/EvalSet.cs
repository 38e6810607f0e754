namespace ChatOpsAdvisor.Validation;

/// <summary>The usable items of an eval file and the lines that were skipped, with why.</summary>
public sealed record EvalSet(IReadOnlyList<EvalItem> Items, IReadOnlyList<EvalLineProblem> Skipped);

/// <summary>A line that could not be used: reported, never fatal.</summary>
public sealed record EvalLineProblem(int Line, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}
