namespace ChatOpsAdvisor.BotFramework.Connector;

/// <summary>
/// Connector REST paths (bot-protocol.md §b): base + "/" when missing + v3/conversations/{id}/activities[/{activityId}],
/// ids escaped with Uri.EscapeDataString because Teams ids contain ':', ';', '@' and '='.
/// </summary>
public static class ConnectorUris
{
    public static Uri Activities(Uri serviceUrl, string conversationId, string? activityId = null)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var baseUrl = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl.AbsoluteUri : serviceUrl.AbsoluteUri + "/";
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return new Uri(activityId is null ? baseUrl + path : $"{baseUrl}{path}/{Uri.EscapeDataString(activityId)}");
    }
}
