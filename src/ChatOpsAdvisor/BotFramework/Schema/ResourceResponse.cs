namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>What the connector answers to a send: the id of the new activity.</summary>
public sealed record ResourceResponse(string? Id);
