using System.Text.RegularExpressions;
using ChatOpsAdvisor.Cards.Slack;

namespace ChatOpsAdvisor.Slack.Inbound;

/// <summary>
/// What a person typed, as the flow should read it: the bot's &lt;@U123&gt; mentions removed and Slack's
/// escaping (&amp;amp; &amp;lt; &amp;gt;) undone. Other mentions and links stay as Slack wrote them.
/// </summary>
public static partial class MentionText
{
    public static string Clean(string? text, IReadOnlyCollection<string> botUserIds, bool firstMentionIsBot)
    {
        ArgumentNullException.ThrowIfNull(botUserIds);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // When the bot's id is unknown, the first mention of an app_mention is the one that addressed it.
        var removedFirst = botUserIds.Count > 0 || !firstMentionIsBot;
        var cleaned = UserMention().Replace(text, match =>
        {
            if (botUserIds.Contains(match.Groups["id"].Value))
            {
                return " ";
            }

            if (!removedFirst)
            {
                removedFirst = true;
                return " ";
            }

            return match.Value;
        });
        return Mrkdwn.Unescape(MultipleSpaces().Replace(cleaned, " ")).Trim();
    }

    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]+)(\|[^>]*)?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UserMention();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MultipleSpaces();
}
