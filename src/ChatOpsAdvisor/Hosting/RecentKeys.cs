using System.Security.Cryptography;
using System.Text;

namespace ChatOpsAdvisor.Hosting;

/// <summary>
/// A bounded, expiring set of recently seen keys (activity ids, Slack event ids) for dropping redeliveries.
/// Keys expire after the window (read from <see cref="TimeProvider"/>); beyond the capacity the oldest are
/// forgotten first. Arrival order is kept, so expiry and eviction both trim from the front. A key longer than
/// <see cref="MaxStoredLength"/> characters is held as its SHA-256, so memory stays bounded by the capacity
/// whatever ids a sender makes up. One process only: several instances would need a shared store.
/// </summary>
public sealed class RecentKeys(TimeProvider time, TimeSpan window, int capacity)
{
    public const int MaxStoredLength = 128;

    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expiry)> order = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return expiries.Count;
            }
        }
    }

    /// <summary>Entries held in arrival order, live or forgotten: never more than the capacity.</summary>
    internal int Held
    {
        get
        {
            lock (gate)
            {
                return order.Count;
            }
        }
    }

    /// <summary>True the first time <paramref name="key"/> is seen within the window.</summary>
    public bool TryAdd(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var stored = Stored(key);
        var now = time.GetUtcNow();
        lock (gate)
        {
            Trim(now);
            if (expiries.TryGetValue(stored, out var expiry) && expiry > now)
            {
                return false;
            }

            expiries[stored] = now + window;
            order.Enqueue((stored, now + window));
            return true;
        }
    }

    /// <summary>Forgets a key whose work could not be taken on, so a redelivery is taken.</summary>
    public void Forget(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var stored = Stored(key);
        lock (gate)
        {
            expiries.Remove(stored);
        }
    }

    /// <summary>The form a key is held in: itself, or "sha256:" and its hash when longer than <see cref="MaxStoredLength"/>.</summary>
    public static string Stored(string key) =>
        key.Length <= MaxStoredLength ? key : "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private void Trim(DateTimeOffset now)
    {
        // Bounded by the arrival order, not the live keys: a forgotten key leaves its entry there until trimmed, so
        // a flood of keys taken and forgotten (work refused under load) would otherwise pile up for a whole window.
        // The price: while forgotten entries are held, the oldest live key goes a little before the capacity is full.
        while (order.TryPeek(out var oldest) && (oldest.Expiry <= now || order.Count >= Math.Max(1, capacity)))
        {
            order.Dequeue();

            // A key re-added after expiring (or forgotten) has a newer entry further back; drop only the map entry it owns.
            if (expiries.TryGetValue(oldest.Key, out var expiry) && expiry == oldest.Expiry)
            {
                expiries.Remove(oldest.Key);
            }
        }
    }
}
