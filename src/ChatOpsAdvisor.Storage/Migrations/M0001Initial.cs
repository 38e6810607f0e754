namespace ChatOpsAdvisor.Storage.Migrations;

/// <summary>
/// Conversation state, the decision log and its append-only audit trail. Standard SQL types and
/// constraints throughout (no AUTOINCREMENT, no WITHOUT ROWID, no ON CONFLICT), so a server
/// database's first migration can start from this text. Two SQLite-dialect parts: the triggers
/// that keep the audit trail append-only and the decisions undeletable (a server database would
/// REVOKE UPDATE, DELETE instead), and the column lengths, which SQLite does not enforce. "precision", "number" and "at" are
/// reserved or keywords in some databases, hence weight_precision, decision_number and occurred_at.
/// The *_key columns hold the lower-cased value that case-insensitive filters compare with an
/// index (computed in C#, the same way for every database).
/// </summary>
internal static class M0001Initial
{
    public const string Script = """
        CREATE TABLE conversation_state (
            tenant_id        VARCHAR(200)  NOT NULL,
            conversation_id  VARCHAR(500)  NOT NULL,
            user_id          VARCHAR(200)  NOT NULL,
            step             VARCHAR(40)   NOT NULL,
            state_json       TEXT          NOT NULL,
            updated_at       VARCHAR(30)   NOT NULL,
            CONSTRAINT pk_conversation_state PRIMARY KEY (tenant_id, conversation_id, user_id)
        );

        -- Small, filterable columns first and the long texts last: SQLite keeps the start of a
        -- long row in the table page and the rest in overflow pages, so filters never read the JSON.
        CREATE TABLE decisions (
            tenant_id               VARCHAR(200)     NOT NULL,
            decision_number         INTEGER          NOT NULL,
            status                  VARCHAR(20)      NOT NULL,
            superseded_by           INTEGER,
            supersedes              INTEGER,
            decided_at              VARCHAR(30)      NOT NULL,
            decided_on              VARCHAR(10)      NOT NULL,
            use_case                VARCHAR(200)     NOT NULL,
            use_case_key            VARCHAR(200)     NOT NULL,
            chosen_model            VARCHAR(400)     NOT NULL,
            chosen_model_key        VARCHAR(400)     NOT NULL,
            decided_by_id           VARCHAR(200)     NOT NULL,
            decided_by_name         VARCHAR(400),
            decided_by_name_key     VARCHAR(400),
            channel_kind            VARCHAR(40)      NOT NULL,
            team_id                 VARCHAR(500),
            channel_id              VARCHAR(500),
            conversation_id         VARCHAR(500)     NOT NULL,
            gpu_memory_gb           DOUBLE PRECISION NOT NULL,
            gpu_count               INTEGER          NOT NULL,
            gpu                     VARCHAR(200),
            workload                VARCHAR(40)      NOT NULL,
            weight_precision        VARCHAR(40)      NOT NULL,
            context_tokens          INTEGER          NOT NULL,
            commercial_use_required SMALLINT         NOT NULL,
            catalog_version         VARCHAR(100)     NOT NULL,
            source_activity_id      VARCHAR(500)     NOT NULL,
            card_channel_kind       VARCHAR(40),
            card_conversation_id    VARCHAR(500),
            card_message_id         VARCHAR(500),
            card_service_url        VARCHAR(1000),
            card_bot_id             VARCHAR(200),
            rationale               TEXT,
            validation_result       TEXT,
            bot_reasons_json        TEXT             NOT NULL,
            pitfalls_json           TEXT             NOT NULL,
            candidates_json         TEXT             NOT NULL,
            CONSTRAINT pk_decisions PRIMARY KEY (tenant_id, decision_number),
            CONSTRAINT uq_decisions_source_activity UNIQUE (tenant_id, source_activity_id),
            CONSTRAINT ck_decisions_status CHECK (status IN ('proposed', 'accepted', 'rejected', 'superseded'))
        );

        -- History filters: each index has decision_number after its column, so "newest first, 10
        -- per page" reads the index in order and stops, and counting the matches never touches the
        -- table. Dates become a number range through ix_decisions_decided_at (numbers and times rise
        -- together in a tenant), which narrows every index; status, the filter most often added to
        -- another, is carried last so that combination is answered from the index too.
        CREATE INDEX ix_decisions_conversation ON decisions (tenant_id, conversation_id, decision_number, status);
        CREATE INDEX ix_decisions_team ON decisions (tenant_id, team_id, decision_number, status);
        CREATE INDEX ix_decisions_use_case ON decisions (tenant_id, use_case_key, decision_number, status);
        CREATE INDEX ix_decisions_model ON decisions (tenant_id, chosen_model_key, decision_number, status);
        CREATE INDEX ix_decisions_person_id ON decisions (tenant_id, decided_by_id, decision_number, status);
        CREATE INDEX ix_decisions_person_name ON decisions (tenant_id, decided_by_name_key, decision_number, status);
        CREATE INDEX ix_decisions_status ON decisions (tenant_id, status, decision_number);
        CREATE INDEX ix_decisions_decided_at ON decisions (tenant_id, decided_at, decision_number);

        CREATE TABLE decision_events (
            tenant_id        VARCHAR(200)  NOT NULL,
            decision_number  INTEGER       NOT NULL,
            seq              INTEGER       NOT NULL,
            kind             VARCHAR(40)   NOT NULL,
            actor_id         VARCHAR(200)  NOT NULL,
            actor_name       VARCHAR(400),
            occurred_at      VARCHAR(30)   NOT NULL,
            detail           TEXT,
            CONSTRAINT pk_decision_events PRIMARY KEY (tenant_id, decision_number, seq),
            CONSTRAINT fk_decision_events_decision FOREIGN KEY (tenant_id, decision_number)
                REFERENCES decisions (tenant_id, decision_number)
        );

        CREATE TRIGGER tr_decision_events_no_update BEFORE UPDATE ON decision_events
        BEGIN
            SELECT RAISE(ABORT, 'decision_events is append-only');
        END;

        CREATE TRIGGER tr_decision_events_no_delete BEFORE DELETE ON decision_events
        BEGIN
            SELECT RAISE(ABORT, 'decision_events is append-only');
        END;

        -- Decisions are never deleted, so a tenant's numbers run 1..N without gaps.
        CREATE TRIGGER tr_decisions_no_delete BEFORE DELETE ON decisions
        BEGIN
            SELECT RAISE(ABORT, 'decisions are never deleted');
        END;
        """;
}
