using Microsoft.IdentityModel.Protocols;

namespace ChatOpsAdvisor.BotFramework.Authentication;

/// <summary>
/// Fetches OpenID documents through a named client of <see cref="IHttpClientFactory"/>, so handlers are
/// rotated as usual (the metadata managers live for the whole process) and tests can plug in a local handler.
/// </summary>
public sealed class FactoryDocumentRetriever(IHttpClientFactory factory, string clientName, bool requireHttps) : IDocumentRetriever
{
    public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
        new HttpDocumentRetriever(factory.CreateClient(clientName)) { RequireHttps = requireHttps }.GetDocumentAsync(address, cancel);
}
