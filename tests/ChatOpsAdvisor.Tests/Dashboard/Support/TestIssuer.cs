using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatOpsAdvisor.Tests.Dashboard.Support;

/// <summary>Stands in for an Entra ID tenant: a local RSA key and tokens shaped like v2 access tokens.</summary>
public static class TestIssuer
{
    public const string HomeTenant = "11111111-2222-3333-4444-555555555555";
    public const string Authority = "https://login.microsoftonline.com/" + HomeTenant + "/v2.0";
    public const string Audience = "api://chatopsadvisor-dashboard";

    public static RsaSecurityKey SigningKey { get; } = NewKey("dashboard-test-key");

    public static RsaSecurityKey NewKey(string id) => new(RSA.Create(2048)) { KeyId = id };

    public static string Token(
        string? tenant = HomeTenant,
        string audience = Audience,
        string issuer = Authority,
        SecurityKey? key = null,
        DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var until = expires ?? now.AddHours(1);
        var from = until < now ? until.AddMinutes(-10) : now.AddMinutes(-10);
        var claims = new Dictionary<string, object> { ["name"] = "Ken Sato", ["oid"] = "manager-1", ["ver"] = "2.0" };
        if (tenant is not null)
        {
            claims["tid"] = tenant;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = from,
            NotBefore = from,
            Expires = until,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
