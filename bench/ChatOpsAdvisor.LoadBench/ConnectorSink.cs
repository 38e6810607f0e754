using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// The local Bot Connector every target replies to, in the benchmark process: POST and PUT on
/// <c>/{target}/v3/conversations/{id}/activities[/{activityId}]</c> on 127.0.0.1 (each target's serviceUrl carries
/// its name, so a late reply is never counted for another), answered <c>{"id":"…"}</c> with 200, each reply read
/// and counted in the target's <see cref="ReplyLedger"/>.
/// </summary>
internal sealed class ConnectorSink : IAsyncDisposable
{
    private const string Route = "/{target}/v3/conversations/{conversationId}/activities/{activityId?}";
    private readonly ConcurrentDictionary<string, ReplyLedger> ledgers = new(StringComparer.Ordinal);
    private readonly WebApplication app;

    private ConnectorSink(WebApplication app) => this.app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<ConnectorSink> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(Quiet.Options);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var sink = new ConnectorSink(builder.Build());
        sink.app.MapMethods(Route, [HttpMethods.Post, HttpMethods.Put], (HttpContext context, string target, string conversationId) => sink.ReceiveAsync(context, target, conversationId));
        await sink.app.StartAsync(cancellationToken);
        var address = sink.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        sink.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return sink;
    }

    /// <summary>The serviceUrl to put in the activities sent to <paramref name="target"/>.</summary>
    public Uri ServiceUrlFor(string target) => new(BaseAddress, target + "/");

    public ReplyLedger LedgerOf(string target) => ledgers.GetOrAdd(target, _ => new ReplyLedger());

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context, string target, string conversationId)
    {
        ReplyCard card;
        try
        {
            card = await ReplyCard.ReadAsync(context.Request.Body, context.RequestAborted);
        }
        catch (JsonException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var id = LedgerOf(target).Received(conversationId, card);
        context.Response.ContentType = "application/json";
        using (var json = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
