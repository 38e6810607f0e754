namespace ChatOpsAdvisor.Validation;

/// <summary>Why an item got no answer. These count as failures, not as wrong answers.</summary>
public static class FailureKinds
{
    public const string Timeout = "timeout";
    public const string HttpError = "http-error";
    public const string Malformed = "malformed";

    public static readonly IReadOnlyList<string> All = [Timeout, HttpError, Malformed];
}
