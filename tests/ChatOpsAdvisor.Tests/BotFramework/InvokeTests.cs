using System.Net;
using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Tests.BotFramework.Support;

namespace ChatOpsAdvisor.Tests.BotFramework;

/// <summary>Invokes are answered in the HTTP body: Universal Actions (adaptiveCard/action) and the 501 for the rest.</summary>
public sealed class InvokeTests : IDisposable
{
    private readonly BotAppFactory app = new();
    private readonly HttpClient client;

    public InvokeTests() => client = app.CreateClient();

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }

    [Fact]
    public async Task Post_AdaptiveCardAction_AnswersWithTheCardInTheBody()
    {
        var response = await client.PostFixtureAsync("playground-invoke-action");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.ReadJsonAsync();
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal(ContentTypes.AdaptiveCard, (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
        Assert.Empty(app.Connector.Requests);
    }

    [Fact]
    public async Task Post_AdaptiveCardAction_MapsVerbAndDataToACardActionTurn()
    {
        await client.PostFixtureAsync("playground-invoke-action");

        var turn = Assert.Single(app.Flow.Turns);
        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.Equal("pick", turn.Text);
        Assert.Equal(new Dictionary<string, string> { ["choice"] = "red" }, turn.Inputs);
    }

    [Fact]
    public async Task Post_AdaptiveCardActionAnsweredWithTwoCards_SendsTheSecondThroughTheConnector()
    {
        app.Flow.CardsPerTurn = 2;

        var response = await client.PostFixtureAsync("playground-invoke-action");

        Assert.Contains("Done: pick (1)", (await response.ReadJsonAsync())["value"]!.ToJsonString(), StringComparison.Ordinal);
        var sent = Assert.Single(app.Connector.Requests);
        Assert.Contains("Done: pick (2)", sent.Body, StringComparison.Ordinal);
        Assert.EndsWith("/activities/138d5862-17ce-4712-93d5-55efd6dd6006", sent.Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AdaptiveCardActionNotExecute_Answers400WithAnErrorBody()
    {
        var json = ActivityPosts.Fixture("playground-invoke-action", a => a["value"]!["action"]!["type"] = "Action.Submit");

        var response = await client.PostActivityAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal((400, ContentTypes.Error, "BadRequest"), ((int?)body["statusCode"], (string?)body["type"], (string?)body["value"]!["code"]));
        Assert.Empty(app.Flow.Turns);
    }

    [Fact]
    public async Task Post_UnknownInvoke_Answers501AndRunsNothing()
    {
        var response = await client.PostFixtureAsync("unknown-invoke");

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(app.Flow.Turns);
        Assert.Empty(app.Connector.Requests);
    }

    [Fact]
    public async Task Post_AdaptiveCardActionWhenTheFlowFails_AnswersAnErrorResponseWithOnlyTheCorrelationId()
    {
        app.Flow.FailWith = new InvalidOperationException("database password is hunter2");

        var response = await client.PostFixtureAsync("playground-invoke-action");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal((500, ContentTypes.Error), ((int?)body["statusCode"], (string?)body["type"]));
        var failure = Assert.Single(app.Logs.Entries, e => e.EventId.Id == 3108);
        var correlationId = failure.Message.Split(' ')[^1];
        Assert.Contains(correlationId, (string?)body["value"]!["message"], StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", body.ToJsonString(), StringComparison.Ordinal);
    }
}
