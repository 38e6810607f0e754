using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Slack;
using ChatOpsAdvisor.Slack.WebApi;
using ChatOpsAdvisor.Slack.Wire;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatOpsAdvisor.Tests.Slack;

/// <summary>The Web API client: Bearer token, JSON body, ok:false as an exception with Slack's code, 429 Retry-After honoured and bounded.</summary>
public sealed class SlackWebApiClientTests
{
    private static readonly PostMessageRequest Message = new("C1", "fallback", [new JsonObject { ["type"] = "divider" }], "100.1");

    private static SlackWebApiClient Client(ScriptedSlack handler, ImmediateTimers time, string token = "xoxb-1") =>
        new(new HttpClient(handler) { BaseAddress = new Uri("https://slack.example/api/") }, Options.Create(new SlackOptions { BotToken = token }), time, NullLogger<SlackWebApiClient>.Instance);

    [Fact]
    public async Task PostMessage_Ok_SendsTokenAndJsonAndReturnsTs()
    {
        var slack = new ScriptedSlack(Answer("""{"ok":true,"channel":"C1","ts":"123.456"}"""));

        var answer = await Client(slack, new ImmediateTimers()).PostMessageAsync(Message, CancellationToken.None);

        Assert.Equal("123.456", answer.Ts);
        var (request, body) = slack.Requests.Single();
        Assert.Equal("https://slack.example/api/chat.postMessage", request.RequestUri!.ToString());
        Assert.Equal("Bearer xoxb-1", request.Headers.Authorization!.ToString());
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        var json = JsonNode.Parse(body)!;
        Assert.Equal("100.1", json["thread_ts"]!.GetValue<string>());
        Assert.Equal("divider", json["blocks"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_OkFalse_ThrowsWithSlackErrorCode()
    {
        var slack = new ScriptedSlack(Answer("""{"ok":false,"error":"message_not_found"}"""));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client(slack, new ImmediateTimers()).UpdateMessageAsync(new UpdateMessageRequest("C1", "1.2", "t", []), CancellationToken.None));

        Assert.Equal(("chat.update", "message_not_found"), (error.Method, error.Error));
    }

    [Fact]
    public async Task PostMessage_RateLimited_WaitsRetryAfterThenSucceeds()
    {
        var slack = new ScriptedSlack(RateLimited(7), RateLimited(2), Answer("""{"ok":true,"ts":"9.9"}"""));
        var time = new ImmediateTimers();

        var answer = await Client(slack, time).PostMessageAsync(Message, CancellationToken.None);

        Assert.Equal("9.9", answer.Ts);
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(2)], time.Delays);
        Assert.Equal(3, slack.Requests.Count);
    }

    [Fact]
    public async Task PostMessage_RateLimitedBeyondRetries_Throws()
    {
        var slack = new ScriptedSlack(RateLimited(1), RateLimited(1), RateLimited(1), RateLimited(1), RateLimited(1));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client(slack, new ImmediateTimers()).PostMessageAsync(Message, CancellationToken.None));

        Assert.Equal("ratelimited", error.Error);
        Assert.Equal(4, slack.Requests.Count);
    }

    [Fact]
    public async Task PostMessage_NoToken_ThrowsWithoutCallingSlack()
    {
        var slack = new ScriptedSlack();

        await Assert.ThrowsAsync<SlackApiException>(() => Client(slack, new ImmediateTimers(), token: string.Empty).PostMessageAsync(Message, CancellationToken.None));

        Assert.Empty(slack.Requests);
    }

    private static HttpResponseMessage Answer(string json) => new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static HttpResponseMessage RateLimited(int seconds) => new(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new(TimeSpan.FromSeconds(seconds)) } };

    /// <summary>Answers with the scripted responses in order and keeps each request with its body.</summary>
    private sealed class ScriptedSlack(params HttpResponseMessage[] answers) : HttpMessageHandler
    {
        private readonly Queue<HttpResponseMessage> script = new(answers);

        public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request, await request.Content!.ReadAsStringAsync(cancellationToken)));
            return script.Dequeue();
        }
    }

    /// <summary>Timers that fire at once (on the thread pool), recording what was asked: no waiting in tests.</summary>
    private sealed class ImmediateTimers : TimeProvider
    {
        public List<TimeSpan> Delays { get; } = [];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Delays.Add(dueTime);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
            return new NoTimer();
        }

        private sealed class NoTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
