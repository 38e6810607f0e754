namespace ChatOpsAdvisor.BotFramework.Authentication;

/// <summary>
/// The bot's Microsoft App identity from the root settings MicrosoftAppType, MicrosoftAppId,
/// MicrosoftAppPassword and MicrosoftAppTenantId (appsettings.json or environment).
/// </summary>
public sealed record BotAppIdentity(string AppType, string AppId, string Password, string TenantId)
{
    /// <summary>No app id: requests without a token are accepted and replies carry none (local development only).</summary>
    public bool IsAnonymous => AppId.Length == 0;

    public static BotAppIdentity From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var identity = new BotAppIdentity(
            NormalizeType(configuration["MicrosoftAppType"]),
            configuration["MicrosoftAppId"]?.Trim() ?? "",
            configuration["MicrosoftAppPassword"] ?? "",
            configuration["MicrosoftAppTenantId"]?.Trim() ?? "");
        var problem = identity.Problem();
        return problem is null ? identity : throw new InvalidOperationException(problem);
    }

    /// <summary>A configuration the bot cannot run with, as the SDK's credential factory rejects it (§c.2).</summary>
    public string? Problem() => AppType switch
    {
        BotAppTypes.SingleTenant when AppId.Length == 0 || Password.Length == 0 || TenantId.Length == 0 =>
            "MicrosoftAppType SingleTenant needs MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.",
        BotAppTypes.UserAssignedMsi when AppId.Length == 0 || TenantId.Length == 0 =>
            "MicrosoftAppType UserAssignedMSI needs MicrosoftAppId (the managed identity's client id) and MicrosoftAppTenantId.",
        BotAppTypes.UserAssignedMsi when Password.Length > 0 =>
            "MicrosoftAppType UserAssignedMSI must not have a MicrosoftAppPassword.",
        BotAppTypes.MultiTenant when AppId.Length > 0 && Password.Length == 0 =>
            "MicrosoftAppId is set but MicrosoftAppPassword is empty: the bot could not get tokens to reply.",
        _ => null,
    };

    /// <summary>Never prints the password, so the identity can be logged.</summary>
    public override string ToString() =>
        $"{AppType} app '{AppId}'" + (TenantId.Length > 0 ? $" in tenant '{TenantId}'" : "");

    private static string NormalizeType(string? value) => value?.Trim() switch
    {
        { } v when v.Equals(BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase) => BotAppTypes.SingleTenant,
        { } v when v.Equals(BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase) => BotAppTypes.UserAssignedMsi,
        _ => BotAppTypes.MultiTenant,
    };
}
