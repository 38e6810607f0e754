namespace ChatOpsAdvisor.Advice;

/// <summary>Input the advisor cannot use (unknown GPU, model or use case; impossible numbers), with suggestions.</summary>
public sealed class AdviceInputException : Exception
{
    public AdviceInputException()
    {
        Suggestions = [];
    }

    public AdviceInputException(string message)
        : this(message, [])
    {
    }

    public AdviceInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Suggestions = [];
    }

    public AdviceInputException(string message, IReadOnlyList<string> suggestions)
        : base(message)
    {
        Suggestions = suggestions;
    }

    /// <summary>The nearest known names, best first.</summary>
    public IReadOnlyList<string> Suggestions { get; }
}
