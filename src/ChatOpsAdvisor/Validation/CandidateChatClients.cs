using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace ChatOpsAdvisor.Validation;

/// <summary>
/// An <see cref="IChatClient"/> for a candidate through the OpenAI client pointed at its base URL
/// (OpenAIClientOptions.Endpoint). The client insists on a credential, so an endpoint without a key
/// gets a placeholder one (local servers ignore it). No retries: a failure is a result to report.
/// </summary>
public static class CandidateChatClients
{
    public const string PlaceholderKey = "no-key";

    public static IChatClient Create(EvalCandidate candidate, TimeSpan networkTimeout, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var options = new OpenAIClientOptions
        {
            Endpoint = candidate.BaseUrl,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = networkTimeout,
        };
        if (http is not null)
        {
            options.Transport = new HttpClientPipelineTransport(http);
        }

        var credential = new ApiKeyCredential(candidate.HasKey ? candidate.ApiKey! : PlaceholderKey);
        return new OpenAIClient(credential, options).GetChatClient(candidate.Model).AsIChatClient();
    }
}
