using ChatOpsAdvisor.BotFramework.Schema;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>
/// The text without the bot's @mention, by the SDK's RemoveMentionText rule (bot-protocol.md §a): for each
/// mention entity whose mentioned id is the recipient (the bot), remove its text — or &lt;at&gt;name&lt;/at&gt;
/// when it has none — case-insensitively, then trim.
/// </summary>
public static class MentionText
{
    public static string? Remove(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (text is null || string.IsNullOrEmpty(botId))
        {
            return text;
        }

        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type != EntityTypes.Mention || entity.Mentioned?.Id != botId)
            {
                continue;
            }

            var mention = entity.Text ?? $"<at>{entity.Mentioned.Name}</at>";
            if (mention.Length > 0)
            {
                text = text.Replace(mention, "", StringComparison.OrdinalIgnoreCase).Trim();
            }
        }

        return text.Trim();
    }
}
