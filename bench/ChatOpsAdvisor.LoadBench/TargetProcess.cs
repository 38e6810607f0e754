using System.Collections.Concurrent;
using System.Diagnostics;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// A process the benchmark starts (a target server, or npm). Disposing kills its whole tree; every live one is also
/// killed when the benchmark itself exits, so nothing is left running after Ctrl+C or an exception. The last lines
/// of its output are kept for the error message when it fails.
/// </summary>
internal sealed class TargetProcess : IDisposable
{
    private const int TailLines = 40;
    private static readonly ConcurrentDictionary<TargetProcess, byte> Live = new();
    private readonly Process process;
    private readonly ConcurrentQueue<string> tail = new();

    static TargetProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var child in Live.Keys)
        {
            child.Dispose();
        }
    };

    private TargetProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
    }

    public string Name { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public TimeSpan ProcessorTime => process.HasExited ? TimeSpan.Zero : process.TotalProcessorTime;

    public string Tail => string.Join('\n', tail);

    public static TargetProcess Start(string name, (string FileName, string[] Arguments) command, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var child = new TargetProcess(name, new Process { StartInfo = info });
        child.process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        Live[child] = 0;
        child.process.Start();
        child.process.StandardInput.Close();
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the process to end by itself (npm ci); its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        await process.WaitForExitAsync(deadline.Token);
        return process.ExitCode;
    }

    /// <summary>Polls GET <paramref name="health"/> until it answers 200; throws with the output when the process dies or the time runs out.</summary>
    public async Task WaitUntilAnsweringAsync(HttpClient client, Uri health, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {process.ExitCode} before answering:\n{Tail}");
            }

            try
            {
                using var response = await client.GetAsync(health, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20, cancellationToken);
        }

        throw new TimeoutException($"{Name} did not answer {health} within {timeout.TotalSeconds:0} s:\n{Tail}");
    }

    public void Dispose()
    {
        if (Live.TryRemove(this, out _))
        {
            Stop();
            process.Dispose();
        }
    }

    /// <summary>Kills the process with its children (npm's and node's too) and waits for it.</summary>
    private void Stop()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            return; // It never started, or is gone.
        }

        process.WaitForExit(10_000);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        tail.Enqueue(line);
        while (tail.Count > TailLines)
        {
            tail.TryDequeue(out _);
        }
    }
}
