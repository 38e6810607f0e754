namespace ChatOpsAdvisor.Conversation.Limits;

/// <summary>
/// How many turns one person, and one conversation (a chat, a channel thread), may take within a sliding
/// window before the bot asks them to slow down. Zero turns switches that scope off.
/// </summary>
public sealed record TurnRateLimits(int TurnsPerUser, int TurnsPerConversation, TimeSpan Window)
{
    /// <summary>20 turns in 10 s per person and per conversation: far above anyone typing or clicking, well below a script.</summary>
    public static readonly TurnRateLimits Default = new(20, 20, TimeSpan.FromSeconds(10));

    public static readonly TurnRateLimits Off = new(0, 0, TimeSpan.Zero);

    public bool IsOff => Window <= TimeSpan.Zero || (TurnsPerUser <= 0 && TurnsPerConversation <= 0);
}
