namespace ChatOpsAdvisor.Conversation;

/// <summary>
/// One user input, already translated from its channel (Bot Framework, Slack, terminal).
/// The flow never sees wire formats: card submissions arrive as flat string inputs.
/// </summary>
public sealed record Turn(
    TurnKind Kind,
    string ChannelKind,
    string TenantId,
    string ConversationId,
    string UserId,
    string? UserName,
    string ActivityId,
    string? Text = null,
    IReadOnlyDictionary<string, string>? Inputs = null,
    string? Locale = null,
    string? TeamId = null,
    string? ChannelId = null)
{
    /// <summary>The card's submitted inputs (empty for typed text).</summary>
    public IReadOnlyDictionary<string, string> Values => Inputs ?? EmptyInputs;

    private static readonly IReadOnlyDictionary<string, string> EmptyInputs = new Dictionary<string, string>();
}

/// <summary>What kind of input a turn carries.</summary>
public enum TurnKind
{
    /// <summary>Typed text or a card submit (Inputs holds the card data).</summary>
    Message,

    /// <summary>A person joined the conversation or installed the app.</summary>
    MemberAdded,

    /// <summary>A card action through an invoke (Universal Actions), answered synchronously.</summary>
    CardAction,
}
