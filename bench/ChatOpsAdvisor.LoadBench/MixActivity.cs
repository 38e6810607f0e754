using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// The activity for one step of a conversation, shaped as the Agents Playground and Teams send them (personal
/// chat, channel msteams, en-US, tenant in conversation and channelData, clientInfo entity). A card click is a
/// message whose value is the button's data (verb, v) merged with the card's inputs, replying to the card; the
/// version and the candidates come from the previous reply's card when the target sent one.
/// </summary>
internal static class MixActivity
{
    public const string BotId = "28:chatopsadvisor-bench";

    /// <summary>Picks sent when the previous reply carried no candidates (the echo and floor targets).</summary>
    private const string DefaultPicks = "google/gemma-3-12b-it,Qwen/Qwen2.5-14B-Instruct";

    public static byte[] Write(MixStep step, ConversationPlan plan, ConversationIds ids, Uri serviceUrl, (ReplyCard Card, string Id) previous)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(ids);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", step == MixStep.Join ? "conversationUpdate" : "message");
            json.WriteString("id", ids.Activity((int)step));
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("serviceUrl", serviceUrl.AbsoluteUri);
            json.WriteString("channelId", "msteams");
            Account(json, "from", ids.User, "Bench User " + plan.Number.ToString(CultureInfo.InvariantCulture));
            json.WriteStartObject("conversation");
            json.WriteString("conversationType", "personal");
            json.WriteString("tenantId", plan.Tenant);
            json.WriteString("id", ids.Conversation);
            json.WriteEndObject();
            Account(json, "recipient", BotId, "ChatOpsAdvisor");
            json.WriteString("locale", "en-US");
            Body(json, step, plan, ids, previous);
            json.WriteStartArray("entities");
            json.WriteStartObject();
            json.WriteString("type", "clientInfo");
            json.WriteString("locale", "en-US");
            json.WriteString("country", "US");
            json.WriteString("platform", "Web");
            json.WriteString("timezone", "UTC");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("channelData");
            json.WriteStartObject("tenant");
            json.WriteString("id", plan.Tenant);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Body(Utf8JsonWriter json, MixStep step, ConversationPlan plan, ConversationIds ids, (ReplyCard Card, string Id) previous)
    {
        // Versions as the advisor numbers them (welcome 1, step 1 answer 2, …) when there is no card to read them from.
        var version = previous.Card.Version ?? (int)step;
        switch (step)
        {
            case MixStep.Join:
                json.WriteStartArray("membersAdded");
                json.WriteStartObject();
                json.WriteString("id", ids.User);
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("id", BotId);
                json.WriteEndObject();
                json.WriteEndArray();
                return;
            case MixStep.Hardware:
                json.WriteString("textFormat", "plain");
                json.WriteString("text", plan.Hardware);
                return;
            default:
                json.WriteString("replyToId", previous.Id.Length > 0 ? previous.Id : ids.Activity((int)step - 1));
                json.WriteStartObject("value");
                json.WriteString("verb", step switch { MixStep.UseCase => "setUseCase", MixStep.Pick => "pick", _ => "record" });
                json.WriteNumber("v", version);
                if (step == MixStep.UseCase)
                {
                    json.WriteString("useCase", plan.UseCase);
                    json.WriteString("commercial", plan.Commercial ? "true" : "false");
                }
                else if (step == MixStep.Pick)
                {
                    json.WriteString("picks", previous.Card.Picks.Count > 0 ? string.Join(',', previous.Card.Picks.Take(2)) : DefaultPicks);
                }
                else
                {
                    json.WriteString("rationale", plan.Rationale);
                }

                json.WriteEndObject();
                return;
        }
    }

    private static void Account(Utf8JsonWriter json, string property, string id, string name)
    {
        json.WriteStartObject(property);
        json.WriteString("id", id);
        json.WriteString("name", name);
        json.WriteEndObject();
    }
}
