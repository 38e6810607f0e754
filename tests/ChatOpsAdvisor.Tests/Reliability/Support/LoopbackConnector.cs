using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOpsAdvisor.Tests.Reliability.Support;

/// <summary>One request the bot made to the connector, as it arrived; <see cref="Answer"/> is what it got back.</summary>
public sealed record ConnectorCall(int Sequence, string Method, string Path, string Body, TimeSpan ArrivedAt)
{
    public ConnectorAnswer Answer { get; internal set; } = ConnectorAnswer.Created;

    public JsonObject? Json { get; } = Parse(Body);

    public string? ConversationId => (string?)Json?["conversation"]?["id"];

    /// <summary>The Adaptive Card the activity carries, if any.</summary>
    public JsonObject? Card => Json?["attachments"]?[0]?["content"] as JsonObject;

    public bool Succeeded => Answer is ConnectorAnswer.Status { Code: < 300 };

    private static JsonObject? Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

/// <summary>What the fake connector does with a request: answer with a status (and Retry-After), or never answer.</summary>
public abstract record ConnectorAnswer
{
    public static readonly ConnectorAnswer Created = new Status(201);

    public sealed record Status(int Code, int? RetryAfterSeconds = null) : ConnectorAnswer;

    /// <summary>Holds the request open until the bot gives up on it (or the connector stops).</summary>
    public sealed record Hang : ConnectorAnswer;
}

/// <summary>
/// A Bot Framework connector on real Kestrel at 127.0.0.1, port 0: receives the bot's replies (POST) and card
/// edits (PUT), records each, and answers 201 with a ResourceResponse — or whatever <see cref="Script"/> says
/// for a request (a fault). Each call's arrival time is read from one stopwatch, for the figures of the tests.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorCall> calls = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly WebApplication app;
    private int sequence;

    private LoopbackConnector(WebApplication app) => this.app = app;

    /// <summary>The service URL activities name so that replies come here.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Decides the answer to each call (numbered from 1 in order of arrival); null answers 201.</summary>
    public Func<ConnectorCall, ConnectorAnswer?>? Script { get; set; }

    public IReadOnlyList<ConnectorCall> Calls => [.. calls.OrderBy(c => c.Sequence)];

    public IReadOnlyList<ConnectorCall> CallsIn(string conversationId) => [.. Calls.Where(c => c.ConversationId == conversationId)];

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await app.StopAsync(stop.Token);
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var call = new ConnectorCall(Interlocked.Increment(ref sequence), context.Request.Method, context.Request.Path.Value ?? "", body, clock.Elapsed);
        call.Answer = Script?.Invoke(call) ?? ConnectorAnswer.Created;
        calls.Enqueue(call);
        switch (call.Answer)
        {
            case ConnectorAnswer.Hang:
                // Not a timing wait: the request stays open until the bot cancels it or this connector stops.
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case ConnectorAnswer.Status { Code: < 300 } ok:
                context.Response.StatusCode = ok.Code;
                await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = $"m-{call.Sequence}" }, context.RequestAborted);
                return;
            case ConnectorAnswer.Status failure:
                context.Response.StatusCode = failure.Code;
                if (failure.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                return;
        }
    }
}
