using ChatOpsAdvisor.Conversation.Decisions;
using Dapper;

namespace ChatOpsAdvisor.Storage.Decisions;

public sealed partial class SqliteDecisionLog
{
    private const string UpdateStatus = "UPDATE decisions SET status = @Status WHERE tenant_id = @TenantId AND decision_number = @Number;";

    public async Task<DecisionRecord?> ChangeStatusAsync(string tenantId, int number, string status, DecisionActor actor, string? detail, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(actor);
        if (status is not (DecisionStatuses.Accepted or DecisionStatuses.Rejected))
        {
            throw new ArgumentException(
                $"Status '{status}' cannot be set directly: accepted or rejected only (a decision becomes superseded when its successor is recorded).", nameof(status));
        }

        await using var write = await database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var row = await FindAsync(connection, transaction, tenantId, number, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        if (row.Status == status || row.Status == DecisionStatuses.Superseded)
        {
            return row.ToRecord();
        }

        var now = time.GetUtcNow();
        await connection.ExecuteAsync(new CommandDefinition(UpdateStatus, new { TenantId = tenantId, Number = number, Status = status }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await InsertEventAsync(connection, transaction, new DecisionEvent(number, tenantId, status, actor, now, detail), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return row.ToRecord() with { Status = status };
    }

    private const string UpdateCard = """
        UPDATE decisions SET card_channel_kind = @ChannelKind, card_conversation_id = @ConversationId,
            card_message_id = @MessageId, card_service_url = @ServiceUrl, card_bot_id = @BotId
        WHERE tenant_id = @TenantId AND decision_number = @Number;
        """;

    /// <summary>Stores where the card is and logs "card-posted" (by the bot); the same place again changes nothing.</summary>
    public async Task SetCardAsync(string tenantId, int number, CardReference card, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(card);
        await using var write = await database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var row = await FindAsync(connection, transaction, tenantId, number, cancellationToken).ConfigureAwait(false) ?? throw NotFound(tenantId, number);
        if (row.CardChannelKind == card.ChannelKind && row.CardConversationId == card.ConversationId && row.CardMessageId == card.MessageId &&
            row.CardServiceUrl == card.ServiceUrl && row.CardBotId == card.BotId)
        {
            return;
        }

        var parameters = new { TenantId = tenantId, Number = number, card.ChannelKind, card.ConversationId, card.MessageId, card.ServiceUrl, card.BotId };
        await connection.ExecuteAsync(new CommandDefinition(UpdateCard, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var bot = new DecisionActor(card.BotId ?? "bot", "ChatOpsAdvisor");
        var posted = new DecisionEvent(number, tenantId, DecisionEventKinds.CardPosted, bot, time.GetUtcNow(), $"{card.ChannelKind} {card.ConversationId} {card.MessageId}");
        await InsertEventAsync(connection, transaction, posted, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private const string UpdateValidation = "UPDATE decisions SET validation_result = @Result WHERE tenant_id = @TenantId AND decision_number = @Number;";

    /// <summary>Stores the latest result on the record; every result stays in the trail as the event's detail.</summary>
    public async Task AttachValidationAsync(string tenantId, int number, string result, DecisionActor actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(result);
        ArgumentNullException.ThrowIfNull(actor);
        await using var write = await database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var updated = await connection.ExecuteAsync(
            new CommandDefinition(UpdateValidation, new { TenantId = tenantId, Number = number, Result = result }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (updated == 0)
        {
            throw NotFound(tenantId, number);
        }

        var attached = new DecisionEvent(number, tenantId, DecisionEventKinds.ValidationAttached, actor, time.GetUtcNow(), result);
        await InsertEventAsync(connection, transaction, attached, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
