using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>A short message card: a problem with the input, an old card, a change of status.</summary>
public static class Notice
{
    public static ReplyCard Build(TurnContext ctx, string title, string text, bool showHelp)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return new ReplyCard(CardTemplates.Notice, new NoticeView(ctx.Language, ctx.State.Version, ctx.Labels, title, text, showHelp), $"{title}: {text}");
    }
}
