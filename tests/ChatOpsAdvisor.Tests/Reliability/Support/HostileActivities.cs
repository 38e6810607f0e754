using System.Text;
using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.Tests.Reliability.Support;

/// <summary>One hostile POST to /api/messages: its kind (for the figures), body and content type (null: none).</summary>
public sealed record HostileRequest(string Kind, byte[] Body, string? ContentType);

/// <summary>
/// A seeded generator of hostile requests: mutations of valid activities (fields removed, wrong types, huge
/// strings, odd characters, deep values, odd and duplicate keys), random JSON, deep nesting, oversized and
/// truncated bodies, invalid UTF-8 and wrong content types. The same seed gives the same requests. Every
/// service URL it writes is the loopback connector's, so replies never leave the machine.
/// </summary>
public sealed class HostileActivities(int seed, Uri serviceUrl)
{
    private static readonly string[] Types = ["message", "invoke", "conversationUpdate", "installationUpdate", "event", "typing", "messageReaction", "", "MESSAGE"];
    private static readonly string[] OddKeys = ["", "__proto__", "constructor", "$type", "$ref", "\u0000", "\u202Ekey", "ключ", "🔥", "a.b.c", "verb", "v", "Type", "TEXT"];
    private static readonly string[] OddStrings = ["", " ", "\u0000", "\uFEFF", "\u202E", "🔥🔥", "null", "NaN", "-1", "1e309", "${labels.pick}", "<at>Advisor</at>", "'; DROP TABLE decisions; --", "\\", "\"", "record", "accept 1", "supersede 999999999999"];
    private static readonly string[] ContentTypes = ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16", "application/octet-stream"];

#pragma warning disable CA5394 // Deterministic fuzzing wants a seeded generator, not a secure one.
    private readonly Random random = new(seed);

    public IEnumerable<HostileRequest> Take(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return random.Next(12) switch
            {
                < 5 => new("mutated activity", Utf8(Mutate(Valid())), "application/json"),
                5 => new("random JSON", Utf8(RandomNode(4)), "application/json"),
                6 => new("deep nesting", Utf8(DeepBody()), "application/json"),
                7 => new("huge string", Utf8(WithHugeString()), "application/json"),
                8 => InvalidUtf8(),
                9 => new("duplicate keys", Utf8(DuplicateKeys()), "application/json"),
                10 => new("wrong content type", WrongContentTypeBody(), random.Next(7) == 0 ? null : Pick(ContentTypes)),
                _ => new("truncated body", Truncated(), "application/json"),
            };
        }
    }

    /// <summary>A valid activity of one of the kinds the bot answers, in a fresh conversation.</summary>
    public JsonObject Valid()
    {
        var conversation = $"a:fuzz-{random.Next():x}";
        var user = $"29:fuzz-{random.Next():x}";
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"fuzz-{random.NextInt64():x}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl.AbsoluteUri,
            ["from"] = new JsonObject { ["id"] = user, ["name"] = "Fuzz" },
            ["recipient"] = new JsonObject { ["id"] = TeamsConversation.BotId, ["name"] = "Advisor" },
            ["conversation"] = new JsonObject { ["id"] = conversation, ["tenantId"] = "tenant-fuzz" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-fuzz" } },
            ["locale"] = Pick(["en-US", "ja-JP", "xx", ""]),
        };
        switch (random.Next(5))
        {
            case 0:
                activity["text"] = Pick(["24GB", "start", "help", "history", "2x RTX 4090, code assistant", "pick 1 2", "record because", "accept 1", "estimate Llama-3.1-8B-Instruct on RTX 4090"]);
                break;
            case 1:
                activity["value"] = new JsonObject { ["verb"] = Pick(["start", "setInfrastructure", "setUseCase", "pick", "record", "accept", "supersede", "revisit", "history", "nope"]), ["v"] = random.Next(-1, 5), ["gpuMemory"] = "24", ["useCase"] = "code-assistant", ["picks"] = "x", ["decision"] = "1" };
                break;
            case 2:
                activity["type"] = "conversationUpdate";
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = user });
                break;
            case 3:
                activity["type"] = "invoke";
                activity["name"] = Pick(["adaptiveCard/action", "adaptiveCard/action", "composeExtension/query", ""]);
                activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = Pick(["start", "accept", "refreshDecision"]), ["data"] = new JsonObject { ["decision"] = "1" } } };
                break;
            default:
                activity["type"] = "installationUpdate";
                activity["action"] = Pick(["add", "add-upgrade", "remove"]);
                break;
        }

        if (random.Next(8) == 0)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    private JsonObject Mutate(JsonObject activity)
    {
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var paths = Paths(activity).ToList();
            if (paths.Count == 0)
            {
                break;
            }

            var (parent, key) = paths[random.Next(paths.Count)];
            switch (random.Next(6))
            {
                case 0:
                    parent.Remove(key);
                    break;
                case 1:
                    parent[key] = RandomNode(2);
                    break;
                case 2:
                    parent[key] = Pick(OddStrings);
                    break;
                case 3:
                    parent[Pick(OddKeys)] = RandomNode(1);
                    break;
                case 4:
                    parent[key] = Deep(random.Next(20, 200));
                    break;
                default:
                    parent["type"] = Pick(Types);
                    break;
            }
        }

        return activity;
    }

    /// <summary>Every property of the activity, nested ones included, as (its object, its key).</summary>
    private static IEnumerable<(JsonObject Parent, string Key)> Paths(JsonObject node) =>
        node.SelectMany(p => p.Value is JsonObject child ? Paths(child).Prepend((node, p.Key)) : [(node, p.Key)]);

    private JsonNode? RandomNode(int depth) => random.Next(depth <= 0 ? 6 : 8) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => random.NextDouble() * Math.Pow(10, random.Next(-5, 300)),
        3 => random.NextInt64(long.MinValue, long.MaxValue),
        4 => Pick(OddStrings),
        5 => new string((char)random.Next(0x20, 0xD7FF), random.Next(0, 50)),
        6 => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomNode(depth - 1))]),
        _ => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(i => KeyValuePair.Create($"{Pick(OddKeys)}{i}", RandomNode(depth - 1)))),
    };

    private static JsonNode Deep(int depth)
    {
        JsonNode node = "bottom";
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonObject { ["a"] = node } : new JsonArray(node);
        }

        return node;
    }

    /// <summary>Nesting far past the parser's depth limit (128), or just under it inside a valid activity's value.</summary>
    private string DeepBody()
    {
        if (random.Next(2) == 0)
        {
            var depth = random.Next(129, 20_000);
            return new string('[', depth) + new string(']', depth);
        }

        var activity = Valid();
        activity["value"] = Deep(random.Next(100, 126));
        return activity.ToJsonString();
    }

    private JsonObject WithHugeString()
    {
        var activity = Valid();
        var huge = new string(Pick(['a', 'ア', ' ', '{']), random.Next(10_000, 300_000));
        var field = Pick(["text", "id", "locale", "name", "serviceUrl", "extra"]);
        if (field == "serviceUrl")
        {
            activity[field] = serviceUrl.AbsoluteUri + huge;
        }
        else if (random.Next(3) == 0)
        {
            activity["conversation"]!["id"] = huge;
        }
        else
        {
            activity[field] = huge;
        }

        return activity;
    }

    /// <summary>A valid activity with invalid text spliced into a string: a field, a key, the card value or channelData.</summary>
    private HostileRequest InvalidUtf8()
    {
        var activity = Valid();
        var marker = "MARK" + random.Next(1000);
        var where = Pick(["text", "locale", "value", "channelData", "key", "from"]);
        switch (where)
        {
            case "value":
                activity["value"] = new JsonObject { ["verb"] = marker, ["text"] = marker };
                break;
            case "channelData":
                activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = marker }, ["team"] = new JsonObject { ["id"] = marker } };
                break;
            case "key":
                activity[marker] = "x";
                break;
            case "from":
                activity["from"] = new JsonObject { ["id"] = marker };
                break;
            default:
                activity[where] = marker;
                break;
        }

        // Invalid UTF-8 bytes, or valid bytes that escape a lone UTF-16 surrogate.
        var bad = Pick<byte[]>([[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF0, 0x28, 0x8C, 0x28], [0xC0, 0xAF], [0xE2, 0x82], "\\ud800"u8.ToArray(), "x\\udfff"u8.ToArray()]);
        var text = Encoding.UTF8.GetBytes(activity.ToJsonString());
        var mark = Encoding.UTF8.GetBytes(marker);
        var at = text.AsSpan().IndexOf(mark);
        return new($"invalid text ({where})", [.. text[..at], .. bad, .. text[(at + mark.Length)..]], "application/json");
    }

    /// <summary>The same key twice (or in two casings), with values of different kinds.</summary>
    private string DuplicateKeys()
    {
        var json = Valid().ToJsonString();
        var duplicate = Pick([
            "\"type\":\"invoke\",\"type\":\"message\",",
            "\"Type\":\"invoke\",",
            "\"value\":{\"verb\":\"record\"},\"value\":{\"verb\":\"record\",\"verb\":[]},",
            "\"conversation\":{\"id\":\"x\"},\"conversation\":null,",
            "\"extra\":1,\"extra\":{},\"EXTRA\":[],",
            "\"from\":{\"id\":\"a\",\"id\":{}},",
            "\"membersAdded\":[{\"id\":\"a\"}],\"membersAdded\":{},",
        ]);
        return "{" + duplicate + json[1..];
    }

    private byte[] WrongContentTypeBody() => random.Next(3) switch
    {
        0 => Utf8(Valid()),
        1 => "verb=record&v=1"u8.ToArray(),
        _ => Encoding.Unicode.GetBytes(Valid().ToJsonString()),
    };

    private byte[] Truncated()
    {
        var body = Utf8(Valid());
        return body[..random.Next(0, body.Length - 1)];
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
#pragma warning restore CA5394

    private static byte[] Utf8(JsonNode? node) => Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
