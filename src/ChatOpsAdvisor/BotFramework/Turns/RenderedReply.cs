using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.Conversation.Decisions;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>
/// A flow reply with its cards rendered into activities: new cards to post, and posted cards to edit in place;
/// <see cref="Refused"/> carries the flow's reason when it did not carry the turn out (the rate limit).
/// </summary>
public sealed record RenderedReply(IReadOnlyList<RenderedCard> Cards, IReadOnlyList<RenderedUpdate> Updates, string? Refused = null);

/// <summary>A card to post; a tagged card's location is reported to the flow once posted (IPostedCards).</summary>
public sealed record RenderedCard(Activity Activity, string? Tag);

/// <summary>A replacement for the card posted at <see cref="Target"/>.</summary>
public sealed record RenderedUpdate(CardReference Target, Activity Activity);
