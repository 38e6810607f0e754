using System.Net;
using System.Text;
using ChatOpsAdvisor.Slack;
using ChatOpsAdvisor.Slack.Inbound;
using ChatOpsAdvisor.Slack.Signing;
using ChatOpsAdvisor.Slack.Work;
using ChatOpsAdvisor.Testing;
using ChatOpsAdvisor.Tests.Slack.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatOpsAdvisor.Tests.Slack;

/// <summary>A full queue answers 503 without remembering the event, so Slack's retry is still processed.</summary>
public sealed class BackpressureTests
{
    [Fact]
    public void Events_QueueFull_503AndRetryTakenOnceThereIsRoom()
    {
        var options = new SlackOptions { QueueCapacity = 1 };
        var queue = new PendingTurns(Options.Create(options));
        var recent = new InMemoryRecentEvents(new FixedTime(DateTimeOffset.UnixEpoch), TimeSpan.FromHours(1), 100);
        var handlers = new SlackEndpointHandlers(queue, recent, new StaticMonitor(options), NullLogger<SlackEndpointHandlers>.Instance);
        int Post(string eventId)
        {
            var mention = new System.Text.Json.Nodes.JsonObject { ["type"] = "app_mention", ["user"] = "U1", ["text"] = "help", ["ts"] = "1.1", ["channel"] = "C1" };
            var context = new DefaultHttpContext { Items = { [VerifiedBody.Key] = new VerifiedBody(Encoding.UTF8.GetBytes(SlackRequests.Envelope("T1", eventId, mention).ToJsonString())) } };
            return ((IStatusCodeHttpResult)handlers.Events(context)).StatusCode ?? 0;
        }

        Assert.Equal((int)HttpStatusCode.OK, Post("Ev1"));
        Assert.Equal((int)HttpStatusCode.ServiceUnavailable, Post("Ev2"));
        Assert.True(queue.Reader.TryRead(out _));
        Assert.Equal((int)HttpStatusCode.OK, Post("Ev2"));
        Assert.Equal((int)HttpStatusCode.OK, Post("Ev2"));
        Assert.Equal(1, queue.Count);
    }

    private sealed class StaticMonitor(SlackOptions value) : IOptionsMonitor<SlackOptions>
    {
        public SlackOptions CurrentValue => value;

        public SlackOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<SlackOptions, string?> listener) => null;
    }
}
