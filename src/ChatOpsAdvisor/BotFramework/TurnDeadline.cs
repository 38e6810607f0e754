namespace ChatOpsAdvisor.BotFramework;

/// <summary>
/// The cancellation of one activity's turn and outbound sends: the configured timeout, or the app stopping.
/// Deliberately not the inbound request's token — a channel that drops its request (Teams gives up after
/// about 15 s) must still get the bot's reply, but never after the timeout.
/// </summary>
public sealed class TurnDeadline(IHostApplicationLifetime lifetime, BotFrameworkOptions options)
{
    public CancellationTokenSource Start()
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        deadline.CancelAfter(options.OutboundTimeout);
        return deadline;
    }
}
