using System.Net;
using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Tests.BotFramework.Support;

namespace ChatOpsAdvisor.Tests.BotFramework;

/// <summary>Whole-app tests: the activities the Agents Playground and Teams send, and what the bot sends back.</summary>
public sealed class MessagesEndpointTests : IDisposable
{
    private const string Connector = "http://localhost:56150/_connector/v3/conversations/";
    private const string PersonalChat = "96962ece-ca26-4ad6-806c-9478b9a994ab";
    private const string Bot = "00000000-0000-0000-0000-00000000000011";

    private readonly BotAppFactory app = new();
    private readonly HttpClient client;

    public MessagesEndpointTests() => client = app.CreateClient();

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }

    [Fact]
    public async Task Post_PlaygroundMessage_RepliesToTheActivityWithAnAdaptiveCard()
    {
        var response = await client.PostFixtureAsync("playground-message");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(app.Connector.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(Connector + PersonalChat + "/activities/1b8c182d-fa34-4c6c-8362-144d07ec0a0a", request.Uri.AbsoluteUri);
        Assert.Null(request.Authorization);
        var reply = request.Json;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal(PersonalChat, (string?)reply["conversation"]!["id"]);
        Assert.Equal("user-id-0", (string?)reply["recipient"]!["id"]);
        Assert.Equal(Bot, (string?)reply["from"]!["id"]);
        Assert.Equal("1b8c182d-fa34-4c6c-8362-144d07ec0a0a", (string?)reply["replyToId"]);
        Assert.Equal("en-US", (string?)reply["locale"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)reply["summary"]));
        var attachment = Assert.Single(reply["attachments"]!.AsArray())!;
        Assert.Equal(ContentTypes.AdaptiveCard, (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        Assert.Null(reply["id"]);
    }

    [Fact]
    public async Task Post_PlaygroundMessage_GivesTheFlowAChannelNeutralTurn()
    {
        await client.PostFixtureAsync("playground-message");

        var turn = Assert.Single(app.Flow.Turns);
        Assert.Equal(new Turn(TurnKind.Message, "msteams", "00000000-0000-0000-0000-0000000000001", PersonalChat, "user-id-0", "Alex Wilber",
            "1b8c182d-fa34-4c6c-8362-144d07ec0a0a", Text: "hello there", Inputs: null, Locale: "en-US"), turn);
    }

    [Fact]
    public async Task Post_ActionSubmitMessage_FlattensTheValueIntoInputs()
    {
        await client.PostFixtureAsync("playground-submit");

        var turn = Assert.Single(app.Flow.Turns);
        Assert.Equal(TurnKind.Message, turn.Kind);
        Assert.Null(turn.Text);
        Assert.Equal(new Dictionary<string, string> { ["choice"] = "blue", ["note"] = "fits on one 4090?" }, turn.Inputs);
        Assert.EndsWith("/activities/2954fc3c-0010-44bb-a596-6272f360692c", Assert.Single(app.Connector.Requests).Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("playground-channel-mention", "what fits 24GB?", "http://localhost:56150/_connector/v3/conversations/team-id%3Bmessageid%3D1795939406519/activities/d2d44c6c-13f5-445c-9aa4-44b0c91d3c30")]
    [InlineData("teams-channel-mention", "2x RTX 4090, qlora, customer support", "https://smba.trafficmanager.net/emea/v3/conversations/19%3Aabc123%40thread.tacv2%3Bmessageid%3D1715000000001/activities/1715000000001")]
    public async Task Post_ChannelMessageWithMention_StripsTheBotMentionAndEscapesIds(string fixture, string text, string replyUrl)
    {
        await client.PostFixtureAsync(fixture);

        Assert.Equal(text, Assert.Single(app.Flow.Turns).Text);
        Assert.Equal(replyUrl, Assert.Single(app.Connector.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Post_TeamsMessageWithoutConversationTenant_TakesTheTenantFromChannelData()
    {
        await client.PostFixtureAsync("teams-channel-mention");

        var turn = Assert.Single(app.Flow.Turns);
        Assert.Equal("72f988bf-0000-4000-8000-000000000047", turn.TenantId);
        Assert.Equal("en-GB", turn.Locale);
        Assert.Equal(("19:team456@thread.tacv2", "19:abc123@thread.tacv2"), (turn.TeamId, turn.ChannelId));
    }

    [Fact]
    public async Task Post_ConversationUpdateWithUserAndBot_WelcomesOnlyTheUser()
    {
        var response = await client.PostFixtureAsync("playground-conversation-update");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(app.Flow.Turns);
        Assert.Equal((TurnKind.MemberAdded, "user-id-0"), (turn.Kind, turn.UserId));
        Assert.Equal(Connector + PersonalChat + "/activities/c6ff952d-fe0f-4a38-9162-f48265403791", Assert.Single(app.Connector.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Post_InstallationUpdateAdd_WelcomesTheInstaller()
    {
        await client.PostFixtureAsync("playground-installation-update");

        var turn = Assert.Single(app.Flow.Turns);
        Assert.Equal((TurnKind.MemberAdded, "user-id-0"), (turn.Kind, turn.UserId));
        Assert.Single(app.Connector.Requests);
    }

    [Fact]
    public async Task Post_InstallationThenConversationUpdate_WelcomesOnce()
    {
        await Task.WhenAll(client.PostFixtureAsync("playground-installation-update"), client.PostFixtureAsync("playground-conversation-update"));

        Assert.Single(app.Flow.Turns);
        Assert.Single(app.Connector.Requests);
    }

    [Theory]
    [InlineData("installation-update-remove")]
    [InlineData("message-reaction")]
    public async Task Post_ActivityWithoutReply_Answers200AndSendsNothing(string fixture)
    {
        var response = await client.PostFixtureAsync(fixture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(app.Flow.Turns);
        Assert.Empty(app.Connector.Requests);
    }

    [Fact]
    public async Task Post_SameActivityTwice_ProcessesItOnce()
    {
        var first = await client.PostFixtureAsync("playground-message");
        var second = await client.PostFixtureAsync("playground-message");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Single(app.Flow.Turns);
        Assert.Single(app.Connector.Requests);
    }

    [Fact]
    public async Task Post_ExpectReplies_ReturnsTheRepliesInTheBodyAndPostsNothing()
    {
        var response = await client.PostFixtureAsync("playground-expect-replies");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var reply = Assert.Single(body["activities"]!.AsArray())!;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("18c65e41-4ed1-4cd6-b42f-861ea5da315a", (string?)reply["replyToId"]);
        Assert.Equal(ContentTypes.AdaptiveCard, (string?)reply["attachments"]![0]!["contentType"]);
        Assert.Empty(app.Connector.Requests);
    }

    [Fact]
    public async Task Post_ExpectRepliesTwice_AnswersTheRedeliveryWithNoActivities()
    {
        await client.PostFixtureAsync("playground-expect-replies");

        var second = await client.PostFixtureAsync("playground-expect-replies");

        Assert.Empty((await second.ReadJsonAsync())["activities"]!.AsArray());
        Assert.Single(app.Flow.Turns);
    }

    [Fact]
    public void Start_WithoutAppId_WarnsThatRequestsAreNotAuthenticated()
    {
        var warning = Assert.Single(app.Logs.Entries, e => e.EventId.Id == 3100);

        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
        Assert.Contains("No MicrosoftAppId", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_PlaygroundMessage_WithTheAppsOwnFlowAndRenderer_RepliesWithAnAdaptiveCard()
    {
        using var realApp = new BotAppFactory(appFlow: true);
        using var realClient = realApp.CreateClient();

        var response = await realClient.PostFixtureAsync("playground-message");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(realApp.Connector.Requests);
        Assert.All(realApp.Connector.Requests, r => Assert.Equal(ContentTypes.AdaptiveCard, (string?)r.Json["attachments"]![0]!["contentType"]));
    }
}
