namespace ChatOpsAdvisor.Conversation.State;

/// <summary>Whose conversation state this is: one person in one conversation of one tenant.</summary>
public sealed record ConversationKey(string TenantId, string ConversationId, string UserId)
{
    public static ConversationKey Of(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new(turn.TenantId, turn.ConversationId, turn.UserId);
    }
}
