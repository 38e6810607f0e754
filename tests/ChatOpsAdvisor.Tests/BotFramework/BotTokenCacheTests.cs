using ChatOpsAdvisor.BotFramework.Connector;
using ChatOpsAdvisor.Tests.BotFramework.Support;

namespace ChatOpsAdvisor.Tests.BotFramework;

public sealed class BotTokenCacheTests
{
    private readonly ManualTimeProvider time = new();

    [Fact]
    public async Task GetAsync_Twice_AcquiresOnce()
    {
        var source = new FakeTokenSource(time);
        using var cache = new BotTokenCache(source, time);

        var first = await cache.GetAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(50));
        var second = await cache.GetAsync(CancellationToken.None);

        Assert.Equal(("bot-token-1", "bot-token-1"), (first, second));
        Assert.Equal(1, source.Acquisitions);
    }

    [Fact]
    public async Task GetAsync_WithinTheRefreshMarginOfExpiry_AcquiresANewToken()
    {
        var source = new FakeTokenSource(time);
        using var cache = new BotTokenCache(source, time);
        await cache.GetAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromHours(1) - BotTokenCache.RefreshMargin);

        Assert.Equal("bot-token-2", await cache.GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_ConcurrentCallers_ShareOneAcquisition()
    {
        var source = new FakeTokenSource(time);
        using var cache = new BotTokenCache(source, time);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => cache.GetAsync(CancellationToken.None))));

        Assert.All(tokens, t => Assert.Equal("bot-token-1", t));
        Assert.Equal(1, source.Acquisitions);
    }
}
