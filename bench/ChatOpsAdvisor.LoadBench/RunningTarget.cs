namespace ChatOpsAdvisor.LoadBench;

/// <summary>A started target: its process, the client the load goes through, its database file and its load generator.</summary>
internal sealed class RunningTarget(TargetProcess process, HttpClient client, ScratchDatabase database, LoadGenerator load) : IAsyncDisposable
{
    public TargetProcess Process => process;

    public LoadGenerator Load => load;

    public ValueTask DisposeAsync()
    {
        process.Dispose();
        client.Dispose();
        database.Dispose();
        return ValueTask.CompletedTask;
    }
}
