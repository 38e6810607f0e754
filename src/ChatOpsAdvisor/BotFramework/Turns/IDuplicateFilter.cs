namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>
/// Remembers keys for a while so that a redelivered activity (or a second welcome for the same person)
/// is processed once. In memory for now; storage can back it later behind this port.
/// </summary>
public interface IDuplicateFilter
{
    /// <summary>True the first time <paramref name="key"/> is seen within the window, false for a repeat.</summary>
    ValueTask<bool> IsFirstAsync(string key, CancellationToken cancellationToken);
}
