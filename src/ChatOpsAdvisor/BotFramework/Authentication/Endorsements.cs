using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChatOpsAdvisor.BotFramework.Authentication;

/// <summary>
/// The <c>endorsements</c> of a signing key: the channel ids it may sign for (an extra member of each
/// JWK in the Bot Framework key set; bot-protocol.md §c.1, the SDK's EndorsementsValidator).
/// </summary>
public static class Endorsements
{
    private const string Member = "endorsements";

    /// <summary>The endorsements of the key with id <paramref name="keyId"/>, or null when that key has none.</summary>
    public static IReadOnlyList<string>? Of(OpenIdConnectConfiguration configuration, string? keyId)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue(Member, out var raw))
        {
            return null;
        }

        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            IEnumerable<string> strings => [.. strings],
            IEnumerable items and not string => [.. items.OfType<object>().Select(i => i.ToString() ?? "")],
            _ => null,
        };
    }

    /// <summary>The SDK's rule: an empty channel id passes; otherwise it must be one of the endorsements (exact match).</summary>
    public static bool Allow(IReadOnlyList<string> endorsements, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(endorsements);
        return string.IsNullOrEmpty(channelId) || endorsements.Contains(channelId, StringComparer.Ordinal);
    }
}
