using ChatOpsAdvisor.BotFramework.Authentication;
using Microsoft.Extensions.Configuration;

namespace ChatOpsAdvisor.Tests.BotFramework;

/// <summary>MicrosoftAppType/Id/Password/TenantId as the SDK reads them, and the reply-target policy without a channel token.</summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("", BotAppTypes.MultiTenant)]
    [InlineData("multitenant", BotAppTypes.MultiTenant)]
    [InlineData("singletenant", BotAppTypes.SingleTenant)]
    [InlineData("userassignedmsi", BotAppTypes.UserAssignedMsi)]
    [InlineData("something else", BotAppTypes.MultiTenant)]
    public void From_AppType_IsParsedCaseInsensitively(string appType, string expected)
    {
        var identity = BotAppIdentity.From(Settings(appType, "app", appType == "userassignedmsi" ? "" : "secret", "tenant"));

        Assert.Equal(expected, identity.AppType);
    }

    [Theory]
    [InlineData("SingleTenant", "app", "secret", "")]
    [InlineData("SingleTenant", "", "secret", "tenant")]
    [InlineData("UserAssignedMSI", "app", "", "")]
    [InlineData("UserAssignedMSI", "app", "secret", "tenant")]
    [InlineData("MultiTenant", "app", "", "")]
    public void From_IncompleteSettings_FailsAtStartUp(string appType, string appId, string password, string tenantId) =>
        Assert.Throws<InvalidOperationException>(() => BotAppIdentity.From(Settings(appType, appId, password, tenantId)));

    [Fact]
    public void From_NoAppId_IsAnonymous() => Assert.True(BotAppIdentity.From(Settings("", "", "", "")).IsAnonymous);

    [Fact]
    public void ToString_NeverShowsThePassword()
    {
        var identity = BotAppIdentity.From(Settings("SingleTenant", "app", "p@ssw0rd-value", "tenant"));

        Assert.DoesNotContain("p@ssw0rd-value", identity.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("http://127.0.0.1:9000/", true)]
    [InlineData("http://[::1]:9000/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://SMBA.trafficmanager.net/amer", true)]
    [InlineData("https://smba.trafficmanager.net.attacker.example/", false)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://attacker.example/", false)]
    public void Allows_ServiceUrl_OnlyLoopbackOrConfigured(string serviceUrl, bool allowed)
    {
        var policy = new ServiceUrlPolicy([new Uri("https://smba.trafficmanager.net/")]);

        Assert.Equal(allowed, policy.Allows(new Uri(serviceUrl)));
    }

    private static IConfiguration Settings(string appType, string appId, string password, string tenantId) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenantId,
        }).Build();
}
