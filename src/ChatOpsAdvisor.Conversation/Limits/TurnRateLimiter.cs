using System.Collections.Concurrent;

namespace ChatOpsAdvisor.Conversation.Limits;

/// <summary>
/// A per-person and per-conversation turn rate limit (sliding windows, in memory, per process). A turn is
/// admitted only when both its person and its conversation have room, and then counts in both; refused turns
/// do not count, so waiting always helps. Windows idle for longer than the window are swept, so memory stays
/// bounded by the people and conversations active in the last window, whatever ids a flood makes up.
/// </summary>
public sealed class TurnRateLimiter(TurnRateLimits limits, TimeProvider time)
{
    private const int FirstSweepAt = 1024;

    private readonly ConcurrentDictionary<WindowKey, SlidingWindow> windows = new();
    private readonly Lock sweeping = new();
    private int sweepAt = FirstSweepAt;

    // Windows created since start, less those swept: kept by hand because ConcurrentDictionary.Count takes every
    // lock of the map, which every admitted turn would pay. Approximate under races, which only moves a sweep.
    private int held;

    /// <summary>How many windows are held (for tests of the sweep).</summary>
    public int WindowCount => windows.Count;

    public RateDecision Admit(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (limits.IsOff || turn.Kind == TurnKind.MemberAdded)
        {
            return RateDecision.Admitted;
        }

        var now = time.GetUtcNow().UtcTicks;
        var person = Window(WindowKey.Person(turn), limits.TurnsPerUser);
        var conversation = Window(WindowKey.Conversation(turn), limits.TurnsPerConversation);

        var decision = Decide(person, conversation, now);
        if (decision.IsAdmitted)
        {
            SweepIfLarge(now);
        }

        return decision;
    }

    private RateDecision Decide(SlidingWindow? person, SlidingWindow? conversation, long now)
    {
        // Always person first, then conversation: one lock order, no deadlock between two turns.
        using var personHeld = Hold(person);
        using var conversationHeld = Hold(conversation);
        var wait = TimeSpan.Zero;
        var warned = true;
        Check(person);
        Check(conversation);
        if (wait > TimeSpan.Zero)
        {
            return new RateDecision(warned ? RateVerdict.Drop : RateVerdict.Warn, wait);
        }

        person?.Add(now);
        conversation?.Add(now);
        return RateDecision.Admitted;

        void Check(SlidingWindow? window)
        {
            if (window?.WaitFor(now, limits.Window) is { } w && w > TimeSpan.Zero)
            {
                wait = w > wait ? w : wait;
                warned &= window.Warned;
                window.Warned = true;
            }
        }
    }

    private SlidingWindow? Window(WindowKey key, int turns)
    {
        if (turns <= 0)
        {
            return null;
        }

        if (windows.TryGetValue(key, out var window))
        {
            return window;
        }

        Interlocked.Increment(ref held);
        return windows.GetOrAdd(key, static (_, capacity) => new SlidingWindow(capacity), turns);
    }

    private static Held Hold(SlidingWindow? window)
    {
        if (window is not null)
        {
            Monitor.Enter(window);
        }

        return new Held(window);
    }

    /// <summary>Drops windows idle for a whole window once the map doubles; one sweeper at a time, others go on.</summary>
    private void SweepIfLarge(long now)
    {
        if (Volatile.Read(ref held) < Volatile.Read(ref sweepAt) || !sweeping.TryEnter())
        {
            return;
        }

        try
        {
            var idleBefore = now - limits.Window.Ticks;
            foreach (var (key, window) in windows)
            {
                if (window.LastTicks < idleBefore)
                {
                    windows.TryRemove(key, out _);
                }
            }

            var remaining = windows.Count;
            Volatile.Write(ref held, remaining);
            Volatile.Write(ref sweepAt, Math.Max(FirstSweepAt, remaining * 2));
        }
        finally
        {
            sweeping.Exit();
        }
    }

    private readonly struct Held(SlidingWindow? window) : IDisposable
    {
        public void Dispose()
        {
            if (window is not null)
            {
                Monitor.Exit(window);
            }
        }
    }

    private readonly record struct WindowKey(bool IsPerson, string TenantId, string Id)
    {
        public static WindowKey Person(Turn turn) => new(true, turn.TenantId, turn.UserId);

        public static WindowKey Conversation(Turn turn) => new(false, turn.TenantId, turn.ConversationId);
    }
}
