using System.Net;
using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Tests.BotFramework.Support;
using ChatOpsAdvisor.Tests.Reliability.Support;
using ChatOpsAdvisor.Tests.Support;
using Polly.Timeout;
using Xunit.Abstractions;

namespace ChatOpsAdvisor.Tests.Reliability;

/// <summary>
/// Outbound faults: the connector throttles, fails or hangs, and the bot retries only what cannot duplicate a
/// card (Connector/ConnectorRetry.cs). The whole app on Kestrel against a loopback connector on Kestrel; retry
/// delays and the attempt timeout are made short by configuration; no upper bound on time is asserted.
/// </summary>
public sealed class OutboundFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int TurnFailed = 3108;

    private LoopbackConnector connector = null!;
    private KestrelBot bot = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        bot = new KestrelBot(new Dictionary<string, string?>
        {
            ["BotFramework:ConnectorRetryDelay"] = "00:00:00.050",
            ["BotFramework:ConnectorAttemptTimeout"] = "00:00:01",
        });
        client = new HttpClient { BaseAddress = bot.Start(), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        bot.Dispose();
        await connector.DisposeAsync();
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Reply_TurnedAwayTwiceWithRetryAfter_IsDeliveredOnceAfterTheWaits(int status)
    {
        connector.Script = call => call.Sequence <= 2 ? new ConnectorAnswer.Status(status, RetryAfterSeconds: 1) : null;
        var person = Person();

        var help = await person.SayAsync("help");

        Assert.Equal(HttpStatusCode.OK, help.Status);
        var attempts = connector.Calls;
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(("POST", attempts[0].Body), (a.Method, a.Body)));
        Assert.Equal([false, false, true], attempts.Select(a => a.Succeeded));
        var waits = attempts.Zip(attempts.Skip(1), (a, b) => b.ArrivedAt - a.ArrivedAt).ToList();
        Assert.All(waits, w => Assert.True(w >= TimeSpan.FromMilliseconds(950), $"waited {w.TotalMilliseconds} ms, Retry-After said 1 s"));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.EventId.Id == TurnFailed);
        output.WriteLine($"{status} ×2 with Retry-After: 1 → waits observed: {string.Join(", ", waits.Select(w => $"{w.TotalMilliseconds:0} ms"))}; 1 card delivered");
    }

    [Fact]
    public async Task Reply_ConnectorAnswers500_IsNotPostedAgainAndTheFailureIsLogged()
    {
        connector.Script = call => call.Sequence == 1 ? new ConnectorAnswer.Status(500) : null;
        var person = Person();

        var help = await person.SayAsync("help");

        Assert.Equal(HttpStatusCode.OK, help.Status);
        AssertNotPostedTwiceAndReported(help);
    }

    [Fact]
    public async Task Reply_ConnectorHangs_AttemptTimesOutIsNotPostedAgainAndTheFailureIsLogged()
    {
        connector.Script = call => call.Sequence == 1 ? new ConnectorAnswer.Hang() : null;
        var person = Person();

        var help = await person.SayAsync("help");

        Assert.Equal(HttpStatusCode.OK, help.Status);
        var failure = AssertNotPostedTwiceAndReported(help);
        Assert.IsType<TimeoutRejectedException>(failure.Exception);
        output.WriteLine($"hang → attempt abandoned after {(help.Replies[1].ArrivedAt - help.Replies[0].ArrivedAt).TotalMilliseconds:0} ms (attempt timeout 1 s), error card posted");
    }

    [Fact]
    public async Task CardEdit_ConnectorAnswers500Once_IsRetriedAndTheCardEditedOnce()
    {
        var person = Person();
        var record = await DecisionCardTurnAsync(person);
        var pinned = Assert.Single(record.Replies);
        connector.Script = call => call.Method == "PUT" && !connector.Calls.Any(c => c.Method == "PUT") ? new ConnectorAnswer.Status(500) : null;

        var accept = await person.ClickAsync(record, Verbs.Accept, []);

        Assert.Equal(HttpStatusCode.OK, accept.Status);
        var edits = accept.Replies.Where(r => r.Method == "PUT").ToList();
        Assert.Equal([false, true], edits.Select(e => e.Succeeded));
        Assert.All(edits, e => Assert.EndsWith($"/activities/m-{pinned.Sequence}", e.Path, StringComparison.Ordinal));
        Assert.Equal(edits[0].Body, edits[1].Body);
        Assert.Single(accept.Replies, r => r.Method == "POST");
        Assert.DoesNotContain(bot.Logs.Entries, e => e.EventId.Id == TurnFailed);
        output.WriteLine($"PUT 500 once → {edits.Count} attempts, wait {(edits[1].ArrivedAt - edits[0].ArrivedAt).TotalMilliseconds:0} ms, card edited once");
    }

    private TeamsConversation Person() => new(client, connector, "tenant-faults", "faults");

    private static async Task<TurnResult> DecisionCardTurnAsync(TeamsConversation person)
    {
        var number = await person.RecordDecisionAsync("faults");
        Assert.Equal(1, number);
        return person.Turns[^1];
    }

    /// <summary>The card was attempted once; the error path logged the failure and posted the error card with its correlation id.</summary>
    private LogEntry AssertNotPostedTwiceAndReported(TurnResult turn)
    {
        Assert.Equal(2, turn.Replies.Count);
        var (card, error) = (turn.Replies[0], turn.Replies[1]);
        Assert.False(card.Succeeded);
        Assert.NotEqual(card.Body, error.Body);
        var failure = Assert.Single(bot.Logs.Entries, e => e.EventId.Id == TurnFailed);
        var correlationId = failure.Message.Split(' ')[^1];
        Assert.Contains(correlationId, error.Body, StringComparison.Ordinal);
        Assert.True(error.Succeeded);
        return failure;
    }
}
