namespace ChatOpsAdvisor.LoadBench;

/// <summary>A SQLite file for one bot process, in the temp folder; deleted with its -wal and -shm when disposed.</summary>
internal sealed class ScratchDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"chatopsadvisor-loadbench-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}
