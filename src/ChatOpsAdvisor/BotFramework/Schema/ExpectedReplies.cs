namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>The HTTP body answering a <c>deliveryMode: expectReplies</c> activity.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
