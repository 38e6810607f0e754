namespace ChatOpsAdvisor.Conversation;

/// <summary>
/// The flow until the three-step conversation exists: a welcome card for people who join, a help
/// card for everything else.
/// </summary>
public sealed class StarterFlow : IConversationFlow
{
    public static readonly IReadOnlyList<string> Examples =
    [
        "24GB, code assistant",
        "2x RTX 4090, qlora, customer support",
        "estimate meta-llama/Llama-3.1-8B-Instruct on RTX 4090",
    ];

    public Task<Reply> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reply = turn.Kind == TurnKind.MemberAdded
            ? Reply.Of(new ReplyCard("welcome", new HelpView("Welcome to ChatOpsAdvisor", Examples), "Welcome to ChatOpsAdvisor. Tell me your GPU memory and use case, e.g. \"24GB, code assistant\"."))
            : Reply.Of(new ReplyCard("help", new HelpView("How to use ChatOpsAdvisor", Examples), "Tell me your GPU memory and use case, e.g. \"24GB, code assistant\"."));
        return Task.FromResult(reply);
    }
}

/// <summary>View model of the welcome and help cards.</summary>
public sealed record HelpView(string Title, IReadOnlyList<string> Examples);
