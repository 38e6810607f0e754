namespace ChatOpsAdvisor.Validation;

/// <summary>How hard to push each endpoint: requests in flight per endpoint and the per-request limit.</summary>
public sealed record EvalRunOptions(int Concurrency = EvalRunOptions.DefaultConcurrency, TimeSpan? Timeout = null, float Temperature = 0)
{
    public const int DefaultConcurrency = 4;
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public TimeSpan RequestTimeout => Timeout ?? DefaultTimeout;
}
