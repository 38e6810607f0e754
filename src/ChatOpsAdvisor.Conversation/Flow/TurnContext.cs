using System.Globalization;
using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Conversation.Localization;
using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>Everything one turn works with: the input, the person's state, the language and the advisor.</summary>
public sealed class TurnContext(Turn turn, ConversationState state, string language, Advisor advisor)
{
    public Turn Turn { get; } = turn;

    public ConversationState State { get; set; } = state;

    public string Language { get; } = language;

    public Advisor Advisor { get; } = advisor;

    public LabelsView Labels => Flow.Labels.For(Language);

    public string T(string key, params object?[] args) => Texts.Get(Language, key, args);

    /// <summary>A number as people read it: 6.9, 1,024.</summary>
    public static string N(double value, string format = "0.#") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Moves to another step: the version grows, so cards of earlier steps are recognised as old.</summary>
    public void MoveTo(string step) => State = State with { Step = step, Version = State.Version + 1 };
}
