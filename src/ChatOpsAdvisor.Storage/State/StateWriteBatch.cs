using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChatOpsAdvisor.Storage.State;

/// <summary>
/// Conversation-state writes committed together (group commit). Each turn saves its person's state before it
/// answers; under load, many turns save at once. A caller that finds no writer at work becomes the writer: it
/// commits what is queued (at first usually just its own save) on its own thread, then hands the saves that
/// arrived meanwhile to a thread-pool writer, which commits them together, batch after batch, until the queue is
/// empty. Every caller returns only after its own write has committed (or failed, or was given up while still
/// queued), and the writes of one batch run in the order they were queued, so two saves of one person keep their
/// order. A row the file refuses fails only its own caller; a failure of the transaction itself fails its batch.
/// </summary>
internal sealed class StateWriteBatch(SqliteDatabase database)
{
    /// <summary>A bound on one transaction, so that a flood cannot hold SQLite's write lock for long.</summary>
    private const int MaxBatch = 256;

    private readonly Lock gate = new();
    private readonly Queue<StateWrite> queued = new();
    private bool writing;

    public async Task WriteAsync(StateWrite write)
    {
        bool lead;
        lock (gate)
        {
            queued.Enqueue(write);
            lead = !writing;
            writing = true;
        }

        if (lead)
        {
            // This caller's write is in the first batch; later arrivals are handed to the thread pool.
            await WriteNextBatchAsync().ConfigureAwait(false);
            if (HasMore())
            {
                _ = Task.Run(WriteRemainingAsync);
            }
        }

        // A caller that gives up while its write is still queued is answered at once (the write is then skipped).
        using var giveUp = write.Cancellation.CanBeCanceled
            ? write.Cancellation.Register(static w => ((StateWrite)w!).TryCancel(), write)
            : default;
        await write.Done.Task.ConfigureAwait(false);
    }

    private async Task WriteRemainingAsync()
    {
        do
        {
            await WriteNextBatchAsync().ConfigureAwait(false);
        }
        while (HasMore());
    }

    /// <summary>True when writes are waiting (this writer goes on); false ends this writer's turn.</summary>
    private bool HasMore()
    {
        lock (gate)
        {
            writing = queued.Count > 0;
            return writing;
        }
    }

    private async Task WriteNextBatchAsync()
    {
        var batch = new List<StateWrite>();
        lock (gate)
        {
            while (batch.Count < MaxBatch && queued.TryDequeue(out var next))
            {
                // A caller that gave up before its write began is not written (it was told "cancelled").
                if (next.Cancellation.IsCancellationRequested)
                {
                    next.TryCancel();
                }

                if (next.TryTake())
                {
                    batch.Add(next);
                }
            }
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            var refused = await CommitAsync(batch).ConfigureAwait(false);
            foreach (var write in batch)
            {
                if (refused?.GetValueOrDefault(write) is { } reason)
                {
                    write.Done.TrySetException(reason);
                }
                else
                {
                    write.Done.TrySetResult();
                }
            }
        }
        catch (Exception e)
        {
            // The transaction itself failed (the write lock not had, the disk, a rolled-back transaction): nothing
            // of this batch was written, and each of its callers is told why.
            batch.ForEach(w => w.Done.TrySetException(e));
        }
    }

    private const string UpdateState = """
        UPDATE conversation_state SET step = @step, state_json = @state_json, updated_at = @updated_at
        WHERE tenant_id = @tenant_id AND conversation_id = @conversation_id AND user_id = @user_id;
        """;

    private const string InsertState = """
        INSERT INTO conversation_state (tenant_id, conversation_id, user_id, step, state_json, updated_at)
        VALUES (@tenant_id, @conversation_id, @user_id, @step, @state_json, @updated_at);
        """;

    private const string DeleteState = """
        DELETE FROM conversation_state
        WHERE tenant_id = @tenant_id AND conversation_id = @conversation_id AND user_id = @user_id;
        """;

    /// <summary>
    /// One write transaction (BEGIN IMMEDIATE) for the whole batch. The commands are plain ADO.NET rather than
    /// Dapper so that each statement is prepared once per batch and only its parameter values change per row.
    /// A save is an UPDATE, then an INSERT when no row was there (standard SQL; the write lock makes it safe).
    /// </summary>
    /// <returns>The rows the file refused, each with its reason (null when none was).</returns>
    private async Task<Dictionary<StateWrite, Exception>?> CommitAsync(IReadOnlyList<StateWrite> batch)
    {
        await using var write = await database.BeginWriteAsync(CancellationToken.None).ConfigureAwait(false);
        using var update = Command(write, UpdateState, withState: true);
        using var insert = Command(write, InsertState, withState: true);
        using var delete = Command(write, DeleteState, withState: false);
        Dictionary<StateWrite, Exception>? refused = null;
        foreach (var item in batch)
        {
            try
            {
                await WriteRowAsync(item, update, insert, delete).ConfigureAwait(false);
            }
            catch (SqliteException e) when (raw.sqlite3_get_autocommit(write.Connection.Handle) == 0)
            {
                // The statement was undone and the transaction is still open (a constraint, a trigger's ABORT):
                // only this row fails. Anything that ended the transaction propagates and fails the batch.
                (refused ??= [])[item] = e;
            }
        }

        await write.Transaction.CommitAsync().ConfigureAwait(false);
        return refused;
    }

    private static async Task WriteRowAsync(StateWrite item, SqliteCommand update, SqliteCommand insert, SqliteCommand delete)
    {
        if (item.StateJson is null)
        {
            Bind(delete, item);
            await delete.ExecuteNonQueryAsync().ConfigureAwait(false);
            return;
        }

        Bind(update, item);
        if (await update.ExecuteNonQueryAsync().ConfigureAwait(false) == 0)
        {
            Bind(insert, item);
            await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    private static SqliteCommand Command(SqliteWrite write, string sql, bool withState)
    {
        var command = write.Connection.CreateCommand();
        command.Transaction = (SqliteTransaction)write.Transaction;
        command.CommandText = sql;
        command.Parameters.Add("@tenant_id", SqliteType.Text);
        command.Parameters.Add("@conversation_id", SqliteType.Text);
        command.Parameters.Add("@user_id", SqliteType.Text);
        if (withState)
        {
            command.Parameters.Add("@step", SqliteType.Text);
            command.Parameters.Add("@state_json", SqliteType.Text);
            command.Parameters.Add("@updated_at", SqliteType.Text);
        }

        return command;
    }

    private static void Bind(SqliteCommand command, StateWrite write)
    {
        var p = command.Parameters;
        p[0].Value = write.Key.TenantId;
        p[1].Value = write.Key.ConversationId;
        p[2].Value = write.Key.UserId;
        if (p.Count > 3)
        {
            p[3].Value = write.Step;
            p[4].Value = write.StateJson;
            p[5].Value = write.UpdatedAt;
        }
    }
}
