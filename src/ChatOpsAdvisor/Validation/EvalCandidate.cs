namespace ChatOpsAdvisor.Validation;

/// <summary>
/// An OpenAI-compatible endpoint and model to evaluate. The key is only ever sent as a Bearer
/// header: <see cref="ToString"/> leaves it out so it cannot reach output or logs by accident.
/// </summary>
/// <param name="BaseUrl">The API base the client appends "chat/completions" to, e.g. http://127.0.0.1:8000/v1.</param>
public sealed record EvalCandidate(string Name, Uri BaseUrl, string Model, string? ApiKey = null)
{
    public bool HasKey => !string.IsNullOrEmpty(ApiKey);

    public override string ToString() => $"{Name} ({Model} at {BaseUrl})";
}
