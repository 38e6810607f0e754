using ChatOpsAdvisor.BotFramework.Connector;

namespace ChatOpsAdvisor.Tests.BotFramework.Support;

/// <summary>A bot token source that counts acquisitions; each token is valid for an hour of <see cref="TimeProvider"/> time.</summary>
public sealed class FakeTokenSource(TimeProvider time) : IBotTokenSource
{
    private int acquisitions;

    public FakeTokenSource()
        : this(TimeProvider.System)
    {
    }

    public int Acquisitions => Volatile.Read(ref acquisitions);

    public Task<BotAccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref acquisitions);
        return Task.FromResult(new BotAccessToken($"bot-token-{n}", time.GetUtcNow().AddHours(1)));
    }
}
