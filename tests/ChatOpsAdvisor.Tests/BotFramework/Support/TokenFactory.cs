using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatOpsAdvisor.Tests.BotFramework.Support;

/// <summary>Issues test JWTs shaped like channel tokens; each parameter can be made wrong on purpose.</summary>
public static class TokenFactory
{
    public const string AppId = "5e9c0a4b-1111-4c2d-9e8f-000000000001";

    public static string Channel(
        SecurityKey key,
        string serviceUrl,
        string issuer = "https://api.botframework.com",
        string audience = AppId,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        IDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var allClaims = new Dictionary<string, object>(claims ?? new Dictionary<string, object>()) { ["serviceurl"] = serviceUrl };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (notBefore ?? now).AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            Claims = allClaims,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    /// <summary>An Emulator-style v2 token: issuer of the Bot Framework tenant, azp = the app id, no serviceurl.</summary>
    public static string Emulator(SecurityKey key, string azp = AppId) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        Audience = AppId,
        Expires = DateTime.UtcNow.AddHours(1),
        Claims = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = azp },
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
    });

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid channel claims.</summary>
    public static string Unsigned(string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = "channel-key" };
        var payload = new JsonObject
        {
            ["iss"] = "https://api.botframework.com",
            ["aud"] = AppId,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    /// <summary>An HS256 token keyed with a shared secret under the published key id.</summary>
    public static string Hmac(string serviceUrl) =>
        Channel(new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-shared-secret-of-at-least-32-bytes!!")) { KeyId = "channel-key" }, serviceUrl, algorithm: SecurityAlgorithms.HmacSha256);

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(json.ToJsonString());
}
