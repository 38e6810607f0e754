using System.Collections.Concurrent;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.Tests.EndToEnd;

/// <summary>
/// The test-only flow behind the end-to-end test: a welcome; a reply to typed text carrying an Action.Submit
/// and an Action.Execute button; an answer to each click. Records every turn it is given.
/// </summary>
public sealed class E2eFlow : IConversationFlow
{
    public const string Welcome = "Welcome to the end-to-end bot";
    public const string SubmitButton = "Pick blue";
    public const string ExecuteButton = "Pick red";

    private readonly ConcurrentQueue<Turn> turns = new();

    public IReadOnlyList<Turn> Turns => [.. turns];

    public static string Reply(string text) => $"You said: {text}";

    public static string Picked(string choice) => $"You picked {choice}";

    public static string Executed(string verb, string choice) => $"Executed {verb}: {choice}";

    public Task<Reply> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turns.Enqueue(turn);
        var card = turn switch
        {
            { Kind: TurnKind.MemberAdded } => new E2eCard(Welcome, WithButtons: false),
            { Kind: TurnKind.CardAction } => new E2eCard(Executed(turn.Text ?? "", Choice(turn)), WithButtons: false),
            { Inputs: not null } => new E2eCard(Picked(Choice(turn)), WithButtons: false),
            _ => new E2eCard(Reply(turn.Text ?? ""), WithButtons: true),
        };
        return Task.FromResult(Conversation.Reply.Of(new ReplyCard("e2e", card, card.Text)));
    }

    private static string Choice(Turn turn) => turn.Inputs?.GetValueOrDefault("choice") ?? "(none)";
}

/// <summary>View model of the end-to-end cards.</summary>
public sealed record E2eCard(string Text, bool WithButtons);
