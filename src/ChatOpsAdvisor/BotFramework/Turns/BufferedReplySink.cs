using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.Conversation.Decisions;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>
/// Collects replies for the HTTP response body of a <c>deliveryMode: expectReplies</c> activity. Nothing goes to
/// the connector in this mode, so posted cards get no id and edits of earlier cards are not made.
/// </summary>
public sealed class BufferedReplySink : IReplySink
{
    private readonly List<Activity> replies = [];

    public IReadOnlyList<Activity> Replies
    {
        get
        {
            lock (replies)
            {
                return [.. replies];
            }
        }
    }

    public Task<string?> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        lock (replies)
        {
            replies.Add(reply);
        }

        return Task.FromResult<string?>(null);
    }

    public Task UpdateAsync(CardReference target, Activity replacement, CancellationToken cancellationToken) => Task.CompletedTask;
}
