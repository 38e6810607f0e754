using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.Tests.BotFramework.Support;

/// <summary>One request the bot sent to the connector.</summary>
public sealed record ConnectorRequest(HttpMethod Method, Uri Uri, string? Authorization, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}

/// <summary>
/// A fake Bot Framework connector: records every request and answers with queued statuses
/// (then 201 with a ResourceResponse, as the Agents Playground does).
/// </summary>
public sealed class RecordingConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<HttpStatusCode> statuses = new();
    private readonly ConcurrentQueue<ConnectorRequest> requests = new();
    private int next;

    public IReadOnlyList<ConnectorRequest> Requests => [.. requests];

    public void Answer(params HttpStatusCode[] queued)
    {
        foreach (var status in queued)
        {
            statuses.Enqueue(status);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        requests.Enqueue(new ConnectorRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        var status = statuses.TryDequeue(out var queued) ? queued : HttpStatusCode.Created;
        var response = new HttpResponseMessage(status) { RequestMessage = request };
        if ((int)status < 300)
        {
            response.Content = new StringContent($$"""{"id":"sent-{{Interlocked.Increment(ref next)}}"}""", System.Text.Encoding.UTF8, "application/json");
        }

        return response;
    }
}
