using ChatOpsAdvisor.Conversation.Decisions;

namespace ChatOpsAdvisor.Conversation;

/// <summary>
/// What the flow answers: new cards to post, in order, and cards already posted that must be
/// edited in place (a pinned decision card whose status changed). Each card names its template
/// (cards/teams/{Template}.json, cards/slack/{Template}.json) and carries a view model that the
/// renderer binds; FallbackText is shown where cards cannot render. <see cref="Refused"/> is set when the turn
/// was not carried out (the rate limit): a short reason for channels that answer an action in place rather
/// than post a card (a Teams invoke response), so the card the person clicked stays as it was.
/// </summary>
public sealed record Reply(IReadOnlyList<ReplyCard> Cards, IReadOnlyList<CardUpdate>? Updates = null, string? Refused = null)
{
    public IReadOnlyList<CardUpdate> CardUpdates => Updates ?? [];

    public static Reply Of(params ReplyCard[] cards) => new(cards);
}

/// <summary>
/// One card of a reply. <see cref="Tag"/> marks a card whose posted location must be remembered
/// (for example "decision:42"): the channel adapter reports it through <see cref="IPostedCards"/>.
/// </summary>
public sealed record ReplyCard(string Template, object ViewModel, string FallbackText, string? Tag = null);

/// <summary>Replace the card posted at <paramref name="Target"/> with <paramref name="Card"/>.</summary>
public sealed record CardUpdate(CardReference Target, ReplyCard Card);

/// <summary>Told by channel adapters where a tagged card was posted.</summary>
public interface IPostedCards
{
    Task OnPostedAsync(string tenantId, string tag, CardReference where, CancellationToken cancellationToken);
}
