using ChatOpsAdvisor.BotFramework.Schema;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>What the HTTP response to an activity carries: a status and, for expectReplies or an invoke, a body.</summary>
public sealed record ActivityOutcome(int StatusCode, ExpectedReplies? Replies = null, InvokeResponse? Invoke = null)
{
    /// <summary>200, empty body: replies (if any) went through the connector.</summary>
    public static readonly ActivityOutcome Accepted = new(200);

    /// <summary>An invoke the bot does not implement (the SDK answers 501).</summary>
    public static readonly ActivityOutcome NotImplemented = new(501);

    public static ActivityOutcome WithReplies(IReadOnlyList<Activity> replies) => new(200, Replies: new ExpectedReplies(replies));

    public static ActivityOutcome Invoked(InvokeResponse response, int httpStatus = 200) => new(httpStatus, Invoke: response);
}
