using ChatOpsAdvisor.BotFramework.Schema;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>
/// An authenticated activity being processed: where replies may go (the service URL authentication
/// trusted; null only for activity types that get no reply) and the correlation id of its logs.
/// </summary>
public sealed record InboundActivity(Activity Activity, Uri? ServiceUrl, string CorrelationId)
{
    public bool ExpectsReplies => Activity.DeliveryMode == DeliveryModes.ExpectReplies;
}
