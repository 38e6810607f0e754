using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Tests.BotFramework.Support;

namespace ChatOpsAdvisor.Tests.BotFramework;

/// <summary>Tagged cards report where they were posted; card edits the flow asks for are PUT to the connector.</summary>
public sealed class CardLocationTests : IDisposable
{
    private const string Bot = "00000000-0000-0000-0000-00000000000011";
    private static readonly CardReference PinnedCard = new("msteams", "19:abc@thread.tacv2", "1715", "https://smba.trafficmanager.net/emea/", "28:bot");

    private readonly BotAppFactory app = new();
    private readonly HttpClient client;

    public CardLocationTests() => client = app.CreateClient();

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }

    [Fact]
    public async Task Post_ReplyWithATaggedCard_ReportsWhereItWasPosted()
    {
        app.Flow.Tag = "decision:7";

        await client.PostFixtureAsync("playground-message");

        var (tenant, tag, where) = Assert.Single(app.Flow.Posted);
        Assert.Equal(("00000000-0000-0000-0000-0000000000001", "decision:7"), (tenant, tag));
        Assert.Equal(new CardReference("msteams", "96962ece-ca26-4ad6-806c-9478b9a994ab", "sent-1", "http://localhost:56150/_connector", Bot), where);
    }

    [Fact]
    public async Task Post_InvokeAnsweredWithATaggedCard_ReportsTheClickedMessage()
    {
        app.Flow.Tag = "decision:7";

        await client.PostFixtureAsync("playground-invoke-action");

        Assert.Equal("1795939331931", Assert.Single(app.Flow.Posted).Where.MessageId);
    }

    [Fact]
    public async Task Post_ReplyWithACardUpdate_PutsTheNewCardWhereTheOldOneWasPosted()
    {
        app.Flow.Updates = [new CardUpdate(PinnedCard, new ReplyCard("decision-record", new TestView("Accepted", 1), "Decision 7: accepted"))];

        await client.PostFixtureAsync("playground-message");

        var put = Assert.Single(app.Connector.Requests, r => r.Method == HttpMethod.Put);
        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations/19%3Aabc%40thread.tacv2/activities/1715", put.Uri.AbsoluteUri);
        Assert.Equal(("1715", "19:abc@thread.tacv2"), ((string?)put.Json["id"], (string?)put.Json["conversation"]!["id"]));
        Assert.Contains("Decision 7: accepted", put.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CardUpdateOfASlackCard_IsLeftToTheSlackAdapter()
    {
        app.Flow.Updates = [new CardUpdate(PinnedCard with { ChannelKind = ChannelKinds.Slack }, new ReplyCard("decision-record", new TestView("x", 1), "x"))];

        await client.PostFixtureAsync("playground-message");

        Assert.DoesNotContain(app.Connector.Requests, r => r.Method == HttpMethod.Put);
    }

    [Fact]
    public async Task Post_ExpectRepliesWithACardUpdate_PostsNothingToTheConnector()
    {
        app.Flow.Updates = [new CardUpdate(PinnedCard, new ReplyCard("decision-record", new TestView("x", 1), "x"))];

        await client.PostFixtureAsync("playground-expect-replies");

        Assert.Empty(app.Connector.Requests);
    }
}
