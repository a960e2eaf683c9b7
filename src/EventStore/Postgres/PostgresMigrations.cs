namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>
/// The schema's migrations, in order. Never edit one that has shipped: add the next. Why each column exists is
/// in docs/architecture.md (tx_id carries the late-commit-safe global order).
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<string> For(string s) =>
    [
        $"""
        CREATE TABLE {s}.streams (
            stream_id text PRIMARY KEY,
            version bigint NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now());

        CREATE TABLE {s}.events (
            seq bigint GENERATED ALWAYS AS IDENTITY,
            tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
            id uuid NOT NULL,
            stream_id text NOT NULL,
            category text NOT NULL GENERATED ALWAYS AS (split_part(stream_id, '-', 1)) STORED,
            version bigint NOT NULL,
            type text NOT NULL,
            data jsonb NOT NULL,
            metadata jsonb NOT NULL,
            created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
            PRIMARY KEY (stream_id, version));
        CREATE INDEX events_global_order ON {s}.events (tx_id, seq);
        CREATE INDEX events_category_order ON {s}.events (category, tx_id, seq);

        CREATE TABLE {s}.snapshots (
            stream_id text NOT NULL,
            version bigint NOT NULL,
            type text NOT NULL,
            data jsonb NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (stream_id, version));

        CREATE FUNCTION {s}.notify_events() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{s}_events', '');
            RETURN NULL;
        END $$;
        CREATE TRIGGER events_notify AFTER INSERT ON {s}.events
            FOR EACH STATEMENT EXECUTE FUNCTION {s}.notify_events();
        """,
        // Saved read models (docs/adr/0004-persisted-read-models.md). The state is compressed by the writer, so
        // PostgreSQL stores it out of line as it is instead of compressing it again.
        $"""
        CREATE TABLE {s}.read_models (
            name text NOT NULL,
            version int NOT NULL,
            status text NOT NULL CHECK (status IN ('building', 'active', 'retired')),
            shape text NOT NULL,
            position text NOT NULL,
            events bigint NOT NULL,
            data bytea,
            updated_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (name, version));
        ALTER TABLE {s}.read_models ALTER COLUMN data SET STORAGE EXTERNAL;
        CREATE UNIQUE INDEX read_models_one_active ON {s}.read_models (name) WHERE status = 'active';
        """,
        // The commit notification names the categories written, so a subscription to one category is woken by its
        // own commits only: with a dozen category subscriptions in a silo, waking each for every commit cost
        // PostgreSQL two queries per subscription per commit.
        $"""
        -- Categories are joined with '-', which no category holds (it is the stream id up to the first '-'); a list
        -- longer than NOTIFY allows is sent as '' (wake every subscription); a statement that inserted nothing (a
        -- refused append) notifies nobody.
        CREATE OR REPLACE FUNCTION {s}.notify_events() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE categories text;
        BEGIN
            SELECT string_agg(DISTINCT category, '-') INTO categories FROM inserted;
            IF categories IS NULL THEN
                RETURN NULL;
            END IF;
            PERFORM pg_notify('{s}_events', CASE WHEN octet_length(categories) > 7900 THEN '' ELSE categories END);
            RETURN NULL;
        END $$;
        DROP TRIGGER events_notify ON {s}.events;
        CREATE TRIGGER events_notify AFTER INSERT ON {s}.events REFERENCING NEW TABLE AS inserted
            FOR EACH STATEMENT EXECUTE FUNCTION {s}.notify_events();
        """,
        // The store sends the commit notification itself, after the commit (PostgresCommitNotifier): a NOTIFY inside
        // the appending transaction holds PostgreSQL's notification lock through the commit's WAL flush, so every
        // append of the database committed one at a time (at 700 appends/s, most appending backends were seen
        // waiting on that lock). A store of an older version, which counted on the trigger, is no longer woken by its
        // own commits: upgrade every silo together (docs/operations.md).
        $"""
        DROP TRIGGER events_notify ON {s}.events;
        DROP FUNCTION {s}.notify_events();
        """,
    ];
}
