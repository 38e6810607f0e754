using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards.Slack;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Understanding;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Slack.Work;

/// <summary>What is posted when the normal reply cannot be: the error card with only a correlation id, or a card's text alone.</summary>
public static class FallbackReplies
{
    /// <summary>The error card, in Japanese when the person wrote Japanese; it carries no exception text.</summary>
    public static ReplyCard ErrorCard(Turn turn, string correlationId)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var view = Language.Detect(turn.Locale, turn.Text) == Language.Japanese
            ? new ErrorView(Language.Japanese, "エラーが発生しました", "もう一度お試しください。続く場合は、この参照番号を管理者に伝えてください。", correlationId)
            : new ErrorView(Language.English, "Something went wrong", "Please try again. If it keeps failing, give this reference to the bot's operators.", correlationId);
        return new ReplyCard(CardTemplates.Error, view, view.Title + ": " + correlationId);
    }

    /// <summary>A card's fallback text as a one-section message.</summary>
    public static BlockKitMessage TextOnly(ReplyCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var text = Mrkdwn.Escape(card.FallbackText.Length > 0 ? card.FallbackText : card.Template);
        var section = new JsonObject
        {
            ["type"] = "section",
            ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = BlockKitText.Shorten(text, BlockKitLimits.SectionText) },
        };
        return new BlockKitMessage([section], BlockKitText.Shorten(text, BlockKitRenderer.MaxText));
    }
}
