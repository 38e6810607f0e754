using System.ClientModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace ChatOpsAdvisor.Validation;

/// <summary>
/// Sends one prompt and turns whatever happens into an <see cref="EvalItemOutcome"/>: an answer,
/// or a failure of a known kind. Only the caller's own cancellation escapes.
/// </summary>
internal static class EvalRequest
{
    public static async Task<EvalItemOutcome> SendAsync(
        IChatClient client, EvalItem item, ChatOptions chatOptions, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        var start = time.GetTimestamp();
        try
        {
            var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, item.Prompt)], chatOptions, linked.Token).ConfigureAwait(false);
            var elapsed = time.GetElapsedTime(start);
            if (response.Messages.Count == 0)
            {
                return Failed(item, FailureKinds.Malformed, "the response had no choices", elapsed);
            }

            var answer = response.Text;
            return new EvalItemOutcome(item.Id, AnswerScorer.IsCorrect(item, answer), answer, null, null, elapsed, response.Usage?.OutputTokenCount);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(item, FailureKinds.Timeout, string.Create(CultureInfo.InvariantCulture, $"no answer within {timeout.TotalSeconds:0.#} s"), time.GetElapsedTime(start));
        }
        catch (TimeoutException)
        {
            return Failed(item, FailureKinds.Timeout, "the network timed out", time.GetElapsedTime(start));
        }
        catch (ClientResultException ex) when (ex.Status > 0)
        {
            return Failed(item, FailureKinds.HttpError, string.Create(CultureInfo.InvariantCulture, $"HTTP {ex.Status}"), time.GetElapsedTime(start));
        }
        catch (Exception ex) when (ex is ClientResultException or HttpRequestException or IOException)
        {
            return Failed(item, FailureKinds.HttpError, "could not reach the endpoint: " + (ex.InnerException ?? ex).Message, time.GetElapsedTime(start));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException or KeyNotFoundException or NullReferenceException or IndexOutOfRangeException)
        {
            // The OpenAI client throws these when a 200 body is not a chat completion.
            return Failed(item, FailureKinds.Malformed, "the response is not a chat completion (" + ex.GetType().Name + ")", time.GetElapsedTime(start));
        }
    }

    private static EvalItemOutcome Failed(EvalItem item, string kind, string detail, TimeSpan elapsed) =>
        new(item.Id, null, null, kind, detail, elapsed, null);
}
