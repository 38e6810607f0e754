using ChatOpsAdvisor.Conversation.State;

namespace ChatOpsAdvisor.Storage.State;

/// <summary>
/// One queued change to a person's state row: a save (<see cref="StateJson"/> set) or a delete (null).
/// <see cref="Done"/> completes when it has committed, or fails with the reason it did not.
/// </summary>
internal sealed record StateWrite(ConversationKey Key, string? Step, string? StateJson, string? UpdatedAt, CancellationToken Cancellation)
{
    // Completing one caller's write never runs that caller's continuation on the writer's thread.
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
