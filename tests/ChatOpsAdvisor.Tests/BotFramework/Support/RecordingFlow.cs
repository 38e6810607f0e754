using System.Collections.Concurrent;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Decisions;

namespace ChatOpsAdvisor.Tests.BotFramework.Support;

/// <summary>
/// A conversation flow for protocol tests: records each turn and answers with predictable cards (one per turn
/// unless told otherwise), so these tests do not change when the real flow does. Can be told to fail, to tag
/// its cards and to ask for edits of posted cards; records where tagged cards were posted, as the real flow does.
/// </summary>
public sealed class RecordingFlow : IConversationFlow, IPostedCards
{
    private readonly ConcurrentQueue<Turn> turns = new();
    private readonly ConcurrentQueue<(string TenantId, string Tag, CardReference Where)> posted = new();

    public IReadOnlyList<Turn> Turns => [.. turns];

    public IReadOnlyList<(string TenantId, string Tag, CardReference Where)> Posted => [.. posted];

    public string? Tag { get; set; }

    public IReadOnlyList<CardUpdate>? Updates { get; set; }

    public Exception? FailWith { get; set; }

    public int CardsPerTurn { get; set; } = 1;

    public Task<Reply> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turns.Enqueue(turn);
        if (FailWith is { } failure)
        {
            return Task.FromException<Reply>(failure);
        }

        var (template, text) = turn.Kind switch
        {
            TurnKind.MemberAdded => ("welcome", $"Welcome, {turn.UserName ?? turn.UserId}"),
            TurnKind.CardAction => ("action", $"Done: {turn.Text}"),
            _ => ("echo", $"You said: {turn.Text}"),
        };
        return Task.FromResult(new Reply([.. Enumerable.Range(1, CardsPerTurn).Select(n => new ReplyCard(template, new TestView(text, n), $"{text} ({n})", Tag))], Updates));
    }

    public Task OnPostedAsync(string tenantId, string tag, CardReference where, CancellationToken cancellationToken)
    {
        posted.Enqueue((tenantId, tag, where));
        return Task.CompletedTask;
    }
}

/// <summary>View model of the test cards.</summary>
public sealed record TestView(string Text, int Number);
