using System.Globalization;
using System.Text.Json;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// What a client needs from a reply to take the next step, read the way Teams would: the card's first button
/// verb (which card it is: welcome "start", step 1 "setUseCase", step 2 "pick", step 3 "record", the decision
/// record "accept"), the state version <c>v</c> its buttons carry, the choices of its <c>picks</c> input, and
/// whether it is the rate limit's "slow down" notice. An echo or plain reply has none of these.
/// </summary>
internal sealed record ReplyCard(string? FirstVerb, int? Version, IReadOnlyList<string> Picks, bool SlowDown)
{
    public static readonly ReplyCard None = new(null, null, [], false);

    /// <summary>The English title of the bot's "slow down" notice (slow-down.title); every activity here is en-US.</summary>
    private const string SlowDownTitle = "One moment, please";

    public static async Task<ReplyCard> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(body, default, cancellationToken);
        var activity = document.RootElement;
        var slowDown = Mentions(activity, "summary") || Mentions(activity, "text");
        if (!activity.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array
            || attachments.GetArrayLength() == 0 || !attachments[0].TryGetProperty("content", out var card))
        {
            return None with { SlowDown = slowDown };
        }

        var reader = new Reader();
        reader.Walk(card);
        return new ReplyCard(reader.Verb, reader.Version, reader.Picks, slowDown);
    }

    private static bool Mentions(JsonElement activity, string property) =>
        activity.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && value.GetString()!.Contains(SlowDownTitle, StringComparison.OrdinalIgnoreCase);

    private sealed class Reader
    {
        public string? Verb { get; private set; }

        public int? Version { get; private set; }

        public List<string> Picks { get; } = [];

        public void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }

                return;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (Verb is null && element.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String)
            {
                Verb = verb.GetString();
                Version = data.TryGetProperty("v", out var v) ? Number(v) : null;
            }

            if (element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.ValueEquals("picks")
                && element.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array)
            {
                Picks.AddRange(choices.EnumerateArray().Select(c => c.TryGetProperty("value", out var value) ? value.GetString() : null).OfType<string>());
            }

            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    Walk(property.Value);
                }
            }
        }

        private static int? Number(JsonElement v) => v.ValueKind switch
        {
            JsonValueKind.Number when v.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }
}
