using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using ChatOpsAdvisor.Slack.Wire;
using Microsoft.Extensions.Options;

namespace ChatOpsAdvisor.Slack.WebApi;

/// <summary>
/// The two Web API methods the bot needs (bot-protocol.md §e.2): JSON bodies with the bot token as a
/// Bearer header; <c>ok:false</c> becomes <see cref="SlackApiException"/>; a 429 is retried after its
/// Retry-After, a bounded number of times.
/// </summary>
public sealed class SlackWebApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackWebApiClient> logger)
{
    public const string PostMessage = "chat.postMessage";
    public const string Update = "chat.update";

    public Task<SlackApiResponse> PostMessageAsync(PostMessageRequest request, CancellationToken cancellationToken) =>
        CallAsync(PostMessage, request, SlackJsonContext.Default.PostMessageRequest, cancellationToken);

    public Task<SlackApiResponse> UpdateMessageAsync(UpdateMessageRequest request, CancellationToken cancellationToken) =>
        CallAsync(Update, request, SlackJsonContext.Default.UpdateMessageRequest, cancellationToken);

    private async Task<SlackApiResponse> CallAsync<T>(string method, T body, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.BotToken))
        {
            throw new SlackApiException(method, "no_bot_token_configured");
        }

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = JsonContent.Create(body, type) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken);
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var delay = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                if (attempt > settings.MaxRateLimitRetries || delay > settings.MaxRetryAfter)
                {
                    throw new SlackApiException(method, "ratelimited");
                }

                logger.RateLimited(method, attempt, delay);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException(method, "http_" + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var answer = await response.Content.ReadFromJsonAsync(SlackJsonContext.Default.SlackApiResponse, cancellationToken).ConfigureAwait(false)
                ?? throw new SlackApiException(method, "empty_response");
            if (!answer.Ok)
            {
                var error = answer.Error ?? "unknown_error";
                logger.ApiError(method, error, string.Join("; ", answer.ResponseMetadata?.Messages ?? []));
                throw new SlackApiException(method, error);
            }

            return answer;
        }
    }
}
