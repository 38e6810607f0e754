using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Conversation.Limits;
using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.Testing;

/// <summary>A flow over the shipped catalog with in-memory stores, and helpers that speak like a channel.</summary>
public sealed class FlowHarness : IDisposable
{
    private int activity;

    public FlowHarness(string tenant = "tenant-a", string conversation = "conv-1", string user = "user-1", TurnRateLimits? limits = null)
    {
        Tenant = tenant;
        Conversation = conversation;
        User = user;
        Time = new FixedTime(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        Log = new InMemoryDecisionLog(Time);
        Limiter = limits is null ? null : new TurnRateLimiter(limits, Time);
        Flow = new AdvisorFlow(new AdvisorSource(new Advisor(TestCatalog.Catalog)), States, Log, Time, limiter: Limiter);
    }

    public string Tenant { get; }

    public string Conversation { get; }

    public string User { get; }

    public FixedTime Time { get; }

    public InMemoryStateStore States { get; } = new();

    public InMemoryDecisionLog Log { get; }

    public AdvisorFlow Flow { get; }

    /// <summary>The turn rate limiter, when the harness was given limits.</summary>
    public TurnRateLimiter? Limiter { get; }

    public ConversationState? State => States.States.GetValueOrDefault(new ConversationKey(Tenant, Conversation, User));

    public Task<Reply> Say(string text, string? locale = "en-US") =>
        Flow.HandleAsync(new Turn(TurnKind.Message, ChannelKinds.Teams, Tenant, Conversation, User, "Alice", NextId(), text, null, locale), CancellationToken.None);

    /// <summary>A card click: the verb, the state version the card carried (default: current), and inputs.</summary>
    public Task<Reply> Click(string verb, int? version = null, params (string Key, string Value)[] inputs)
    {
        var values = inputs.ToDictionary(i => i.Key, i => i.Value);
        values[InputIds.Verb] = verb;
        values[InputIds.Version] = (version ?? State?.Version ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Flow.HandleAsync(new Turn(TurnKind.Message, ChannelKinds.Teams, Tenant, Conversation, User, "Alice", NextId(), null, values, "en-US"), CancellationToken.None);
    }

    public Task<Reply> Raw(Turn turn) => Flow.HandleAsync(turn, CancellationToken.None);

    public string NextId() => "activity-" + Interlocked.Increment(ref activity).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => Flow.Dispose();
}

public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
