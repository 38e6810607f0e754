using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Conversation.Limits;
using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Conversation.Understanding;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>
/// The answer to a turn over the rate limit: nothing is loaded, changed or saved. The first refusal gets a
/// polite card saying how long to wait; later ones within the same burst get no card (only the short text an
/// invoke answers with), so a flood of turns never becomes a flood of replies.
/// </summary>
public static class SlowDown
{
    public static Reply Reply(Turn turn, RateDecision refusal, Advisor advisor)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = Language.Detect(turn.Locale, turn.Text);
        var ctx = new TurnContext(turn, ConversationState.New(language), language, advisor);
        var seconds = Math.Max(1, (int)Math.Ceiling(refusal.RetryAfter.TotalSeconds));
        var text = ctx.T("slow-down.text", seconds);
        return refusal.Verdict == RateVerdict.Warn
            ? new Reply([Notice.Build(ctx, ctx.T("slow-down.title"), text, showHelp: false)], Refused: text)
            : new Reply([], Refused: text);
    }
}
