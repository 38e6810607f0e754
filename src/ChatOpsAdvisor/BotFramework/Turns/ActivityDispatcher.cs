using ChatOpsAdvisor.BotFramework.Connector;
using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>Routes an authenticated activity by type to its turns and decides what the HTTP response carries.</summary>
public sealed class ActivityDispatcher(TurnRunner runner, InvokeHandler invokes, ConnectorClient connector, IDuplicateFilter seen, ILogger<ActivityDispatcher> logger)
{
    public async Task<ActivityOutcome> DispatchAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var activity = inbound.Activity;
        BufferedReplySink? buffer = inbound.ExpectsReplies ? new BufferedReplySink() : null;
        IReplySink Sink() => (IReplySink?)buffer ?? new ConnectorReplySink(connector, inbound.ServiceUrl ?? throw new InvalidOperationException("No trusted service URL to reply to."));

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await runner.RunAsync(inbound, [ActivityTurns.Message(activity)], Sink(), cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.ConversationUpdate:
                await runner.RunAsync(inbound, await FirstWelcomesAsync(ActivityTurns.MembersAdded(activity), cancellationToken).ConfigureAwait(false), Sink(), cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.InstallationUpdate when activity.Action is InstallationActions.Add or InstallationActions.AddUpgrade:
                await runner.RunAsync(inbound, await FirstWelcomesAsync([ActivityTurns.Installed(activity)], cancellationToken).ConfigureAwait(false), Sink(), cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Invoke:
                return await invokes.HandleAsync(inbound, Sink, cancellationToken).ConfigureAwait(false);
            default:
                // Other types (and installationUpdate remove) are acknowledged and ignored (spec A2006).
                logger.Ignored(activity.Type);
                break;
        }

        return buffer is null ? ActivityOutcome.Accepted : ActivityOutcome.WithReplies(buffer.Replies);
    }

    /// <summary>
    /// Installing the app announces the same person twice — installationUpdate and conversationUpdate, in either
    /// order (the Agents Playground sends both at once): each person gets one welcome per conversation.
    /// </summary>
    private async Task<IReadOnlyList<Turn>> FirstWelcomesAsync(IReadOnlyList<Turn> turns, CancellationToken cancellationToken)
    {
        var first = new List<Turn>(turns.Count);
        foreach (var turn in turns)
        {
            if (await seen.IsFirstAsync($"welcome|{turn.ChannelKind}|{turn.ConversationId}|{turn.UserId}", cancellationToken).ConfigureAwait(false))
            {
                first.Add(turn);
            }
        }

        return first;
    }
}
