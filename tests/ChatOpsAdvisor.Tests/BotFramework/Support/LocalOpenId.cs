using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace ChatOpsAdvisor.Tests.BotFramework.Support;

/// <summary>
/// A local stand-in for login.botframework.com and the Emulator's Entra metadata: OpenID configurations and
/// JWK sets over locally generated RSA keys, served by an in-process handler that counts its requests.
/// </summary>
public sealed class LocalOpenId : HttpMessageHandler
{
    public const string ChannelMetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    public const string EmulatorMetadataUrl = "https://login.test/emulator/v2.0/.well-known/openid-configuration";

    private int requests;

    // Generated once per test run: RSA key generation is slow, and the keys carry no state between tests.

    /// <summary>Published for the channel, endorsed for msteams and emulator.</summary>
    public static RsaSecurityKey ChannelKey { get; } = NewKey("channel-key");

    /// <summary>Published for the channel, endorsed for webchat only.</summary>
    public static RsaSecurityKey WebChatKey { get; } = NewKey("webchat-key");

    /// <summary>Published for the channel without endorsements.</summary>
    public static RsaSecurityKey BareKey { get; } = NewKey("bare-key");

    /// <summary>Published in the Emulator's key set (no endorsements, like Entra keys).</summary>
    public static RsaSecurityKey EmulatorKey { get; } = NewKey("emulator-key");

    /// <summary>Published nowhere.</summary>
    public static RsaSecurityKey UnpublishedKey { get; } = NewKey("unpublished-key");

    public int Requests => Volatile.Read(ref requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requests);
        JsonNode? document = request.RequestUri!.AbsoluteUri switch
        {
            ChannelMetadataUrl => Configuration("https://api.botframework.com", "https://login.test/v1/keys"),
            "https://login.test/v1/keys" => KeySet((ChannelKey, ["msteams", "emulator"]), (WebChatKey, ["webchat"]), (BareKey, null)),
            EmulatorMetadataUrl => Configuration("https://login.microsoftonline.com/{tenantid}/v2.0", "https://login.test/emulator/keys"),
            "https://login.test/emulator/keys" => KeySet((EmulatorKey, null)),
            _ => null,
        };
        return Task.FromResult(document is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(document.ToJsonString(), System.Text.Encoding.UTF8, "application/json") });
    }

    private static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    private static JsonObject Configuration(string issuer, string keysUrl) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = keysUrl,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };

    private static JsonObject KeySet(params (RsaSecurityKey Key, string[]? Endorsements)[] keys)
    {
        var array = new JsonArray();
        foreach (var (key, endorsements) in keys)
        {
            var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (endorsements is not null)
            {
                jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
            }

            array.Add(jwk);
        }

        return new JsonObject { ["keys"] = array };
    }
}
