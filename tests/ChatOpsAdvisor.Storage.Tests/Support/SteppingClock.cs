namespace ChatOpsAdvisor.Storage.Tests.Support;

/// <summary>A clock that stands still until told to move (thread-safe), so stored times are exact.</summary>
public sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public static DateTimeOffset DefaultStart { get; } = new(2025, 6, 2, 9, 30, 0, TimeSpan.Zero);

    public SteppingClock()
        : this(DefaultStart)
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public void Set(DateTimeOffset at) => Interlocked.Exchange(ref _ticks, at.UtcTicks);
}
