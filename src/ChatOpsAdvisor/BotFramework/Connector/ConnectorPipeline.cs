using Polly;

namespace ChatOpsAdvisor.BotFramework.Connector;

/// <summary>The connector's fault policy, built once (<see cref="ConnectorRetry.Pipeline"/>) and shared by its handlers.</summary>
public sealed record ConnectorPipeline(ResiliencePipeline<HttpResponseMessage> Pipeline);
