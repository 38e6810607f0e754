using System.Diagnostics;
using System.Globalization;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// Who used the CPU during a phase: the target process, this benchmark (load generator and sink) and everything
/// else on the machine (other engineers' builds), from /proc/stat's busy time less our two processes. On a
/// shared machine the target's CPU time per turn is steadier than turns per second.
/// </summary>
internal readonly record struct CpuClock(long Timestamp, TimeSpan MachineBusy, TimeSpan Benchmark, TimeSpan Target, double LoadAverage)
{
    /// <summary>/proc/stat counts in USER_HZ, 100 per second on Linux.</summary>
    private const double TicksPerSecond = 100;

    public static CpuClock Read(TargetProcess target)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var self = Process.GetCurrentProcess();
        return new CpuClock(Stopwatch.GetTimestamp(), MachineBusyTime(), self.TotalProcessorTime, target.ProcessorTime, LoadAverageNow());
    }

    /// <summary>CPU use between two readings, in cores (1.0 = one core busy all the time).</summary>
    public CpuUse Since(CpuClock start)
    {
        var seconds = Stopwatch.GetElapsedTime(start.Timestamp, Timestamp).TotalSeconds;
        double Cores(TimeSpan used) => seconds > 0 ? used.TotalSeconds / seconds : 0;
        var target = Target - start.Target;
        var benchmark = Benchmark - start.Benchmark;
        return new CpuUse(Cores(target), Cores(benchmark), Math.Max(0, Cores(MachineBusy - start.MachineBusy - target - benchmark)), target, LoadAverage);
    }

    /// <summary>The one-minute load average (/proc/loadavg), which counts this benchmark's own processes too.</summary>
    public static double LoadAverageNow() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    // cpu  user nice system idle iowait irq softirq steal guest guest_nice — busy is all but idle and iowait.
    private static TimeSpan MachineBusyTime()
    {
        using var reader = new StreamReader("/proc/stat");
        var fields = (reader.ReadLine() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long Field(int i) => fields.Length > i ? long.Parse(fields[i], CultureInfo.InvariantCulture) : 0;
        var busy = Field(1) + Field(2) + Field(3) + Field(6) + Field(7) + Field(8);
        return TimeSpan.FromSeconds(busy / TicksPerSecond);
    }
}

/// <summary>Cores used by the target, by this benchmark and by everything else; the target's CPU time; the load average at the end.</summary>
internal readonly record struct CpuUse(double TargetCores, double BenchmarkCores, double OtherCores, TimeSpan TargetTime, double LoadAverage);
