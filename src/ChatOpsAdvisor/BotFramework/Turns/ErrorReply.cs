using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>
/// The reply a user gets when a turn fails: the "error" card whose only variable content is the correlation
/// id — never exception text. In Japanese when the activity's locale is Japanese, as the flow's cards are.
/// </summary>
public static class ErrorReply
{
    public static ReplyCard For(string correlationId, string? locale)
    {
        var (lang, title, text, stop) = IsJapanese(locale)
            ? ("ja", "問題が発生しました", "報告するときはこの ID をお伝えください:", "。")
            : ("en", "Something went wrong", "Please try again. If you report it, quote this id:", ". ");
        return new ReplyCard(CardTemplates.Error, new ErrorView(lang, title, text, correlationId), $"{title}{stop}{text} {correlationId}");
    }

    /// <summary>The same words as one line, for the invoke error response.</summary>
    public static string Message(string correlationId, string? locale) => For(correlationId, locale).FallbackText;

    private static bool IsJapanese(string? locale) => locale is not null && locale.StartsWith("ja", StringComparison.OrdinalIgnoreCase);
}
