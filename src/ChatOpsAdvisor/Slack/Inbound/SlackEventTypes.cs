namespace ChatOpsAdvisor.Slack.Inbound;

/// <summary>Slack's wire vocabulary the adapter acts on (bot-protocol.md §e.2).</summary>
public static class SlackEventTypes
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";
    public const string AppMention = "app_mention";
    public const string Message = "message";
    public const string BlockActions = "block_actions";
    public const string ChannelTypeIm = "im";
    public const string Button = "button";

    public const string RetryNumHeader = "X-Slack-Retry-Num";
    public const string RetryReasonHeader = "X-Slack-Retry-Reason";
}
