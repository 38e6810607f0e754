using System.Runtime.InteropServices;
using ChatOpsAdvisor.LoadBench;

// dotnet run -c Release --project bench/ChatOpsAdvisor.LoadBench -- [--connections 16] [--duration 20] [--only advisor,js,...] [--soak 300]
// The same executable serves the two floors when the benchmark starts it as `serve-floor PORT` / `serve-parse PORT`.
if (FloorServer.IsMode(args))
{
    return await FloorServer.RunAsync(args);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

// Ctrl+C and SIGTERM cancel the run; unwinding stops every process it started.
using var cancel = new CancellationTokenSource();
void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    cancel.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
try
{
    var report = await LoadBenchmark.RunAsync(options, cancel.Token);
    Console.WriteLine();
    Console.WriteLine(report);
    if (options.ReportPath is { } path)
    {
        await File.WriteAllTextAsync(path, report);
    }

    return 0;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled; every process the benchmark started has been stopped.");
    return 130;
}
catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
{
    Console.Error.WriteLine($"The load benchmark failed: {exception.Message}");
    return 1;
}
