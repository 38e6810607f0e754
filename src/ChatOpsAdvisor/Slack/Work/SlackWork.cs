using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.Slack.Work;

/// <summary>An acknowledged Slack request waiting to be processed: the turn, and where its replies go.</summary>
public sealed record SlackWork(Turn Turn, SlackPlace Place);

/// <summary>
/// Where replies are posted: the channel, and the thread's root ts when the input was in a thread (or
/// started one). The conversation is the channel, or the channel and the thread: a Slack thread is one
/// conversation, so state follows the thread, and a top-level @mention in a channel starts one.
/// </summary>
public sealed record SlackPlace(string Channel, string? ThreadTs)
{
    public string ConversationId => ThreadTs is null ? Channel : Channel + ":" + ThreadTs;
}
