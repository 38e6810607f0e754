using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatOpsAdvisor.BotFramework.Authentication;
using ChatOpsAdvisor.BotFramework.Schema;

namespace ChatOpsAdvisor.BotFramework.Connector;

/// <summary>
/// The Bot Framework Connector API (bot-protocol.md §b): reply, send, update, delete. A typed HttpClient whose
/// pipeline retries throttling (<see cref="ConnectorRetry"/>). Callers pass only a trusted service URL (the one
/// the inbound token named) and a cancellation token of their own deadline, not the inbound request's.
/// </summary>
public sealed class ConnectorClient(HttpClient http, BotAppIdentity identity, BotTokenCache tokens)
{
    public Task<ResourceResponse?> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, ConnectorUris.Activities(serviceUrl, conversationId, replyToId), activity, cancellationToken);

    public Task<ResourceResponse?> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, ConnectorUris.Activities(serviceUrl, conversationId), activity, cancellationToken);

    /// <summary>Replaces an activity the bot sent (card updates); the body's id is the activity id.</summary>
    public Task<ResourceResponse?> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync(HttpMethod.Put, ConnectorUris.Activities(serviceUrl, conversationId, activityId), activity with { Id = activityId }, cancellationToken);
    }

    public async Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Delete, ConnectorUris.Activities(serviceUrl, conversationId, activityId), body: null, cancellationToken).ConfigureAwait(false);

    private async Task<ResourceResponse?> SendAsync(HttpMethod method, Uri uri, Activity? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            // Serialized at once with its length (a card is some KB): cheaper than JsonContent's streamed,
            // chunked body, and a retried PUT sends the same bytes again.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, BotJsonContext.Default.Activity))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") },
            };
        }

        // Anonymous (no app id): outbound calls carry no token, as in the SDK (AppCredentials.ShouldSetToken).
        if (!identity.IsAnonymous)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken).ConfigureAwait(false));
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await ReadResourceAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ResourceResponse?> ReadResourceAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0 || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(BotJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
            // The send succeeded; an unreadable receipt only loses the new activity's id.
            return null;
        }
    }
}
