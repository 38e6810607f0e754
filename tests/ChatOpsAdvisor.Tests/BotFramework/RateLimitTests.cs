using System.Net;
using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.Tests.BotFramework.Support;

namespace ChatOpsAdvisor.Tests.BotFramework;

/// <summary>The turn rate limit through the whole app: the app's flow, renderer and settings (RateLimit section).</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly BotAppFactory app = new(new Dictionary<string, string?>
    {
        ["RateLimit:TurnsPerUser"] = "2",
        ["RateLimit:TurnsPerConversation"] = "50",
        ["RateLimit:Window"] = "00:05:00",
    }, appFlow: true);

    private int ids;

    [Fact]
    public async Task Messages_OverTheLimit_GetOneSlowDownCardThenNothing_AndAre200()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(Message("help"))).StatusCode);
        }

        var cardsBefore = app.Connector.Requests.Count;
        var over = await client.PostActivityAsync(Message("help"));
        var cardsAtWarning = app.Connector.Requests.Count;
        var again = await client.PostActivityAsync(Message("help"));

        Assert.Equal(HttpStatusCode.OK, over.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(cardsBefore + 1, cardsAtWarning);
        Assert.Equal(cardsAtWarning, app.Connector.Requests.Count);
        Assert.Contains("One moment, please", app.Connector.Requests[^1].Json.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(app.Logs.Entries, e => e.EventId == 3120);
    }

    [Fact]
    public async Task Invoke_OverTheLimit_AnswersWithAMessageAndLeavesTheCard()
    {
        using var client = app.CreateClient();
        await client.PostActivityAsync(Message("help"));
        await client.PostActivityAsync(Message("help"));
        var posted = app.Connector.Requests.Count;

        var response = await client.PostActivityAsync(ActivityPosts.Fixture("playground-invoke-action", a => a["id"] = NextId()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(ContentTypes.ActivityMessage, (string?)body["type"]);
        Assert.Contains("wait about", (string?)body["value"], StringComparison.Ordinal);
        Assert.Equal(posted, app.Connector.Requests.Count);
    }

    public void Dispose() => app.Dispose();

    private string Message(string text) => ActivityPosts.Fixture("playground-message", a =>
    {
        a["id"] = NextId();
        a["text"] = text;
    });

    private string NextId() => $"rate-{Interlocked.Increment(ref ids)}";
}
