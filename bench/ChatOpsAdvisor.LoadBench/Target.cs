namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// What the benchmark compares, each its own process: <see cref="Name"/> is the --only part, the sink path and the
/// prefix of its conversation ids. Replies: whether every turn must be answered at the sink; FollowsFlow: whether
/// its replies must be the advisor's cards in order (checked on every turn).
/// </summary>
internal sealed record Target(string Name, string Title, bool RepliesEveryTurn, bool FollowsFlow)
{
    public static readonly Target Floor = new("floor", "(a) bare Kestrel answering 200", RepliesEveryTurn: false, FollowsFlow: false);

    public static readonly Target Parse = new("parse", "(b) Kestrel: parse + post one reply", RepliesEveryTurn: true, FollowsFlow: false);

    public static readonly Target JsEcho = new("js", "(c) JS SDK echo bot (botbuilder 4.23.3, CloudAdapter, express)", RepliesEveryTurn: true, FollowsFlow: false);

    public static readonly Target Advisor = new("advisor", "ChatOpsAdvisor: full advisor turn", RepliesEveryTurn: true, FollowsFlow: true);

    public static IReadOnlyList<Target> All { get; } = [Floor, Parse, JsEcho, Advisor];
}
