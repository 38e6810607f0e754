namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// How the benchmark's own Kestrel apps (the sink, the floors) are built: content root at the build output, so the
/// repository's appsettings.json (started from there, Information logging) is not theirs; warnings only.
/// </summary>
internal static class Quiet
{
    public static WebApplicationOptions Options => new() { ContentRootPath = AppContext.BaseDirectory, Args = ["--Logging:LogLevel:Default=Warning"] };
}
