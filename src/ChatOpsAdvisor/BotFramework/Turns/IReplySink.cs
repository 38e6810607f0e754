using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.Conversation.Decisions;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>Where the replies of one activity go: the connector, or the HTTP response (expectReplies).</summary>
public interface IReplySink
{
    /// <returns>The id the channel gave the posted activity, when it gives one.</returns>
    Task<string?> SendAsync(Activity reply, CancellationToken cancellationToken);

    /// <summary>Replaces a card posted earlier (a decision card whose status changed).</summary>
    Task UpdateAsync(CardReference target, Activity replacement, CancellationToken cancellationToken);
}
