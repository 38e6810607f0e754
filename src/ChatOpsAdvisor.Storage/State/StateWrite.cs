using ChatOpsAdvisor.Conversation.State;

namespace ChatOpsAdvisor.Storage.State;

/// <summary>
/// One queued change to a person's state row: a save (<see cref="StateJson"/> set) or a delete (null).
/// <see cref="Done"/> completes when it has committed, or fails with the reason it did not; a write is taken into
/// a batch or given up by its caller, never both. (A class, not a record: each write is itself, whatever it holds.)
/// </summary>
internal sealed class StateWrite(ConversationKey key, string? step, string? stateJson, string? updatedAt, CancellationToken cancellation)
{
    private const int Queued = 0, Taken = 1, GivenUp = 2;

    private int stage = Queued;

    public ConversationKey Key { get; } = key;

    public string? Step { get; } = step;

    public string? StateJson { get; } = stateJson;

    public string? UpdatedAt { get; } = updatedAt;

    public CancellationToken Cancellation { get; } = cancellation;

    // Completing one caller's write never runs that caller's continuation on the writer's thread.
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Claims the write for a batch; false when its caller already gave up.</summary>
    public bool TryTake() => Interlocked.CompareExchange(ref stage, Taken, Queued) == Queued;

    /// <summary>Gives the write up if no batch has taken it yet, and tells its caller.</summary>
    public void TryCancel()
    {
        if (Interlocked.CompareExchange(ref stage, GivenUp, Queued) == Queued)
        {
            Done.TrySetCanceled(Cancellation);
        }
    }
}
