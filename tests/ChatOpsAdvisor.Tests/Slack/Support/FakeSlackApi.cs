using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatOpsAdvisor.Tests.Slack.Support;

/// <summary>One Web API call the bot made: the method, its JSON body and the Authorization header.</summary>
public sealed record SlackCall(string Method, JsonObject Body, string? Authorization, string? Ts)
{
    public string Channel => Body["channel"]!.GetValue<string>();

    public string? ThreadTs => Body["thread_ts"]?.GetValue<string>();

    public JsonArray Blocks => Body["blocks"]!.AsArray();

    /// <summary>The blocks as readable JSON text (no \u escapes), for Contains checks.</summary>
    public string BlocksText => Blocks.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

/// <summary>
/// Slack's Web API on loopback: a real Kestrel server on 127.0.0.1 and a free port, answering
/// chat.postMessage (with a new ts) and chat.update like Slack, and keeping every call per channel
/// so each test reads only its own.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<string, Channel<SlackCall>> calls = new(StringComparer.Ordinal);
    private readonly WebApplication app;
    private long ts = 1_700_000_000_000_100;

    private FakeSlackApi(WebApplication app) => this.app = app;

    public Uri BaseUrl => new(app.Urls.First() + "/api/");

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeSlackApi(builder.Build());
        fake.app.MapPost("/api/{method}", fake.AnswerAsync);
        await fake.app.StartAsync();
        return fake;
    }

    /// <summary>The next call for <paramref name="channel"/>, in the order the bot made them.</summary>
    public async Task<SlackCall> NextAsync(string channel) =>
        await Calls(channel).Reader.ReadAsync().AsTask().WaitAsync(Patience);

    /// <summary>Calls for the channel until one matches, returning all read on the way.</summary>
    public async Task<List<SlackCall>> UntilAsync(string channel, Func<SlackCall, bool> done)
    {
        var seen = new List<SlackCall>();
        do
        {
            seen.Add(await NextAsync(channel));
        }
        while (!done(seen[^1]));
        return seen;
    }

    /// <summary>Calls for the channel received and not read yet.</summary>
    public int Unread(string channel) => Calls(channel).Reader.Count;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task<IResult> AnswerAsync(string method, HttpRequest request)
    {
        var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        var channel = body["channel"]?.GetValue<string>() ?? string.Empty;
        var newTs = method == "chat.postMessage" ? Next() : body["ts"]?.GetValue<string>();
        await Calls(channel).Writer.WriteAsync(new SlackCall(method, body, request.Headers.Authorization, newTs));
        return Results.Json(new JsonObject { ["ok"] = true, ["channel"] = channel, ["ts"] = newTs });
    }

    private string Next()
    {
        var n = Interlocked.Increment(ref ts);
        return (n / 1_000_000).ToString(CultureInfo.InvariantCulture) + "." + (n % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private Channel<SlackCall> Calls(string channel) => calls.GetOrAdd(channel, _ => Channel.CreateUnbounded<SlackCall>());
}
