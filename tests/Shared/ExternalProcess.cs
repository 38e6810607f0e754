using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace ChatOpsAdvisor.Testing;

/// <summary>How a program run by <see cref="ExternalProcess.RunAsync"/> ended.</summary>
public sealed record ProcessOutcome(int? ExitCode, bool TimedOut, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>Everything a failure message needs.</summary>
    public string Describe() =>
        (TimedOut ? $"timed out after {Elapsed.TotalSeconds:0} s" : $"exit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s")
        + $"\n--- stdout ---\n{ChildProcess.Tail(StandardOutput)}\n--- stderr ---\n{ChildProcess.Tail(StandardError)}";
}

/// <summary>
/// Runs a program to completion with a hard timeout (node, which starts Chromium, for example). Whatever
/// happens — timeout, exception, cancellation — its whole process tree is killed before this returns.
/// </summary>
public static class ExternalProcess
{
    public static async Task<ProcessOutcome> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var clock = Stopwatch.StartNew();
        using var child = ChildProcess.Start(fileName, arguments, workingDirectory, environment);
        var finished = await child.WaitForExitAsync(timeout);
        return new ProcessOutcome(finished ? child.ExitCode : null, !finished, child.StandardOutput, child.StandardError, clock.Elapsed);
    }
}

/// <summary>
/// A child process whose output is collected (each stream, and both interleaved line by line); it can be
/// waited for, read line by line, or killed outright. Disposing kills its whole process tree (npx starts node,
/// node starts Chromium), so nothing a test started outlives it.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly SemaphoreSlim changed = new(0);

    private ChildProcess(Process process) => this.process = process;

    public int Id => process.Id;

    /// <summary>Standard output and error interleaved, as the lines arrived.</summary>
    public string Output => string.Join('\n', lines);

    public string StandardOutput => Read(stdout);

    public string StandardError => Read(stderr);

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.Add(child.stdout, e.Data);
        process.ErrorDataReceived += (_, e) => child.Add(child.stderr, e.Data);
        process.Exited += (_, _) => child.changed.Release();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the process to end and its output to be read; false when the timeout passed first.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Waits until a line of output matches; null when the process ended or the timeout passed first.</summary>
    public async Task<string?> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                if (lines.FirstOrDefault(match) is { } line)
                {
                    return line;
                }

                if (process.HasExited)
                {
                    return null;
                }

                // Woken by each new line and by the exit; no polling interval.
                await changed.WaitAsync(deadline.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Ends the process at once — SIGKILL on Linux: no shutdown code runs — and waits until it is gone.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
        changed.Dispose();
    }

    /// <summary>The end of a long output, for failure messages.</summary>
    public static string Tail(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 4000 ? text : "…" + text[^4000..];
    }

    private void Add(StringBuilder stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (stream)
        {
            stream.AppendLine(line);
        }

        lines.Enqueue(line);
        changed.Release();
    }

    private static string Read(StringBuilder stream)
    {
        lock (stream)
        {
            return stream.ToString();
        }
    }
}
