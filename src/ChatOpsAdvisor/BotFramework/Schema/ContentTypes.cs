namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>Content types of attachments and of invoke responses (bot-protocol.md §a, §d.2).</summary>
public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";
    public const string Error = "application/vnd.microsoft.error";
}
