namespace ChatOpsAdvisor.Conversation;

/// <summary>
/// What the flow answers: an ordered list of cards. Each card names its template
/// (cards/teams/{Template}.json, cards/slack/{Template}.json) and carries a view model
/// that the renderer binds; FallbackText is shown where cards cannot render.
/// </summary>
public sealed record Reply(IReadOnlyList<ReplyCard> Cards)
{
    public static Reply Of(params ReplyCard[] cards) => new(cards);
}

/// <summary>One card of a reply: template name, view model, plain-text fallback.</summary>
public sealed record ReplyCard(string Template, object ViewModel, string FallbackText);
