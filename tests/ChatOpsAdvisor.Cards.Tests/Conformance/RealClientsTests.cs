using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Cards.Tests.Conformance;

/// <summary>The conformance tests fail, never skip, when a client is missing; the message says what and how to install it.</summary>
public sealed class RealClientsTests
{
    [Fact]
    public void Missing_NothingInstalled_NamesEachPieceAndItsInstallCommand()
    {
        var message = RealClients.Missing("/nonexistent/chromium", "/nonexistent/e2e", node: null, ["adaptivecards", "playwright-core"]);

        Assert.NotNull(message);
        Assert.Contains("node on PATH", message, StringComparison.Ordinal);
        Assert.Contains("adaptivecards, playwright-core in tests/e2e/node_modules (install: npm ci --prefix tests/e2e)", message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/chromium (install: apt-get update && apt-get install -y chromium)", message, StringComparison.Ordinal);
        Assert.Contains("bash .ci/run", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_EverythingThere_Null()
    {
        var e2e = Directory.CreateTempSubdirectory("chatops-realclients-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(e2e, "node_modules", "adaptivecards"));
            File.WriteAllText(Path.Combine(e2e, "node_modules", "adaptivecards", "package.json"), "{}");
            var chromium = Path.Combine(e2e, "chromium");
            File.WriteAllText(chromium, string.Empty);

            Assert.Null(RealClients.Missing(chromium, e2e, "/usr/bin/node", ["adaptivecards"]));
        }
        finally
        {
            Directory.Delete(e2e, recursive: true);
        }
    }
}
