namespace ChatOpsAdvisor.BotFramework.Authentication;

/// <summary>Token issuers the bot accepts (bot-protocol.md §c.1, from the SDK's AuthenticationConstants).</summary>
public static class BotIssuers
{
    /// <summary>Issuer of channel (Azure Bot Service) tokens.</summary>
    public const string Channel = "https://api.botframework.com";

    /// <summary>The Emulator's issuers: v1/v2 tokens of the Bot Framework tenants, public cloud and US Gov.</summary>
    public static readonly IReadOnlySet<string> Emulator = new HashSet<string>(StringComparer.Ordinal)
    {
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    };

    /// <summary>
    /// Entra issuers of the bot's own tenant (single-tenant bots). The SDK builds these from the token's
    /// <c>tid</c> claim; this bot only builds them from the configured MicrosoftAppTenantId, which is stricter.
    /// </summary>
    public static IEnumerable<string> OfTenant(string tenantId)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        if (tenantId.Length == 0)
        {
            yield break;
        }

        yield return $"https://sts.windows.net/{tenantId}/";
        yield return $"https://login.microsoftonline.com/{tenantId}/v2.0";
        yield return $"https://login.microsoftonline.us/{tenantId}/";
        yield return $"https://login.microsoftonline.us/{tenantId}/v2.0";
    }

    /// <summary>Whether a token from <paramref name="issuer"/> takes the Emulator / Entra route.</summary>
    public static bool IsEmulatorOrTenant(string issuer, string tenantId) =>
        Emulator.Contains(issuer) || OfTenant(tenantId).Contains(issuer, StringComparer.Ordinal);
}
