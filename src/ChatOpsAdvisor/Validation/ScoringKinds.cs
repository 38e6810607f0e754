namespace ChatOpsAdvisor.Validation;

/// <summary>The <c>scoring</c> values an eval line may use (wire vocabulary, so strings, not an enum).</summary>
public static class ScoringKinds
{
    public const string Exact = "exact";
    public const string Contains = "contains";
    public const string Regex = "regex";
    public const string JsonField = "json-field";

    public static readonly IReadOnlyList<string> All = [Exact, Contains, Regex, JsonField];
}
