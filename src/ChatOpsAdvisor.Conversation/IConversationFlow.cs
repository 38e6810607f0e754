namespace ChatOpsAdvisor.Conversation;

/// <summary>The channel-neutral entry point: a turn in, a reply out.</summary>
public interface IConversationFlow
{
    Task<Reply> HandleAsync(Turn turn, CancellationToken cancellationToken);
}
