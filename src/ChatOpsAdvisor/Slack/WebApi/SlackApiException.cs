namespace ChatOpsAdvisor.Slack.WebApi;

/// <summary>
/// A Web API call that Slack refused (<c>ok:false</c>, an HTTP error or too many 429s). <see cref="Error"/>
/// is Slack's error code (e.g. <c>channel_not_found</c>, <c>invalid_blocks</c>): for logs, never for users.
/// </summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SlackApiException(string method, string error)
        : base($"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
    }

    public string Method { get; } = string.Empty;

    public string Error { get; } = "unknown";
}
