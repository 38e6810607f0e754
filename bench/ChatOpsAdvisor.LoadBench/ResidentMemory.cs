using System.Globalization;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>A process's resident set (VmRSS) and its peak (VmHWM), from /proc/{pid}/status, in bytes.</summary>
internal readonly record struct ResidentMemory(long Bytes, long PeakBytes)
{
    public double Megabytes => Bytes / 1024.0 / 1024.0;

    public double PeakMegabytes => PeakBytes / 1024.0 / 1024.0;

    public static ResidentMemory Of(int processId)
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line) * 1024;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) * 1024;
            }
        }

        return new ResidentMemory(rss, peak);
    }

    // "VmRSS:	  123456 kB"
    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
}
