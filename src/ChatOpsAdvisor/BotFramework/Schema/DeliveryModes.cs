namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>Values of <c>activity.deliveryMode</c>.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";

    /// <summary>The replies go back in the HTTP response body as <see cref="ExpectedReplies"/>, not through the connector.</summary>
    public const string ExpectReplies = "expectReplies";
}
