using System.Net.Http.Json;
using System.Text.Json;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// Floor (b): what every bot turn must at least do — parse the activity (System.Text.Json, source-generated) and
/// POST one small reply to {serviceUrl}/v3/conversations/{conversation.id}/activities/{id} before answering 200.
/// </summary>
internal sealed class ParseFloor : IDisposable
{
    private readonly HttpClient connector = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        WireActivity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync(context.Request.Body, WireJsonContext.Default.WireActivity, aborted);
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }

        if (activity is not { ServiceUrl: { } serviceUrl, Conversation.Id: { } conversationId })
        {
            return TypedResults.BadRequest();
        }

        var reply = new WireActivity
        {
            Type = "message",
            ChannelId = activity.ChannelId,
            From = activity.Recipient,
            Recipient = activity.From,
            Conversation = new WireConversation { Id = conversationId },
            ReplyToId = activity.Id,
            Text = "ok",
        };
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activity.Id ?? "")}";
        using var content = JsonContent.Create(reply, WireJsonContext.Default.WireActivity);
        using var response = await connector.PostAsync(new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path), content, aborted);
        return response.IsSuccessStatusCode ? TypedResults.Ok() : TypedResults.StatusCode(StatusCodes.Status502BadGateway);
    }

    public void Dispose() => connector.Dispose();
}
