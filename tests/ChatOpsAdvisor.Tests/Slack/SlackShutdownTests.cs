using ChatOpsAdvisor.Tests.Slack.Support;

namespace ChatOpsAdvisor.Tests.Slack;

/// <summary>Turns acknowledged to Slack are not lost on a normal shutdown: the queue is drained before the host stops.</summary>
public sealed class SlackShutdownTests
{
    [Fact]
    public async Task Stop_WithQueuedTurns_EveryAcknowledgedTurnIsAnswered()
    {
        await using var api = await FakeSlackApi.StartAsync();
        const string channel = "C0DRAIN01";
        var app = new SlackAppFactory(api);
        try
        {
            for (var i = 0; i < 6; i++)
            {
                var ack = await app.Requests.MentionAsync("T0DRAIN01", channel, "Ev0DRAIN" + i, "help", "1764406800.00070" + i);
                Assert.Equal(System.Net.HttpStatusCode.OK, ack.StatusCode);
            }
        }
        finally
        {
            await app.DisposeAsync();
        }

        Assert.Equal(6, api.Unread(channel));
    }
}
