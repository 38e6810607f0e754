using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Conversation.Limits;
using ChatOpsAdvisor.Conversation.Views;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Conversation.Tests.Limits;

public sealed class SlowDownFlowTests
{
    private static readonly TurnRateLimits FiveInTenSeconds = new(5, 5, TimeSpan.FromSeconds(10));

    [Fact]
    public async Task Turns_OverTheLimit_AreAnsweredOncePolitelyAndChangeNothing()
    {
        using var harness = new FlowHarness(limits: FiveInTenSeconds);
        await harness.Say("24GB RTX 4090 inference");
        for (var i = 0; i < 4; i++)
        {
            await harness.Say("help");
        }

        var before = harness.State;
        var warned = await harness.Say("2x A100 80GB");
        var dropped = await harness.Say("2x A100 80GB");

        var notice = Assert.IsType<NoticeView>(Assert.Single(warned.Cards).ViewModel);
        Assert.Equal(CardTemplates.Notice, warned.Cards[0].Template);
        Assert.Equal("One moment, please", notice.Title);
        Assert.Contains("wait about 10 s", notice.Text, StringComparison.Ordinal);
        Assert.Equal(notice.Text, warned.Refused);
        Assert.Empty(dropped.Cards);
        Assert.NotNull(dropped.Refused);
        Assert.Equal(before, harness.State);
        Assert.Empty(harness.Log.Records);
    }

    [Fact]
    public async Task Turns_AfterTheWindow_RunAgain()
    {
        using var harness = new FlowHarness(limits: FiveInTenSeconds);
        for (var i = 0; i < 6; i++)
        {
            await harness.Say("help");
        }

        harness.Time.Now += TimeSpan.FromSeconds(10);
        var reply = await harness.Say("24GB RTX 4090 inference");

        Assert.Null(reply.Refused);
        Assert.DoesNotContain(reply.Cards, c => c.Template == CardTemplates.Notice);
    }

    [Fact]
    public async Task Turns_OverTheLimitInJapanese_AreAnsweredInJapanese()
    {
        using var harness = new FlowHarness(limits: new TurnRateLimits(1, 1, TimeSpan.FromSeconds(10)));
        await harness.Say("ヘルプ", locale: "ja-JP");

        var warned = await harness.Say("ヘルプ", locale: "ja-JP");

        var notice = Assert.IsType<NoticeView>(Assert.Single(warned.Cards).ViewModel);
        Assert.Equal("少しお待ちください", notice.Title);
        Assert.Contains("約10秒", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clicks_OverTheLimit_AreRefusedToo()
    {
        using var harness = new FlowHarness(limits: new TurnRateLimits(2, 2, TimeSpan.FromSeconds(10)));
        await harness.Say("24GB RTX 4090 inference");
        await harness.Say("help");
        var version = harness.State!.Version;

        var reply = await harness.Click(Verbs.Restart);

        Assert.NotNull(reply.Refused);
        Assert.Equal(version, harness.State!.Version);
    }
}
