-- Marten's single-event append as pgbench runs it: one call of the mt_quick_append_events function that
-- MartenEventStore's appends make (schema bench_marten, created by bench/marten.sh), with the same metadata.
-- No expected version (the store passes one, which adds a FOR UPDATE of the stream row). Client N writes 'pgbench-N'.
SELECT bench_marten.mt_quick_append_events(
    'pgbench-' || :client_id, NULL, '*DEFAULT*', ARRAY[gen_random_uuid()],
    ARRAY['bench.incremented.v1']::varchar[],
    ARRAY['Olympics.Orleans.EventStore.Marten.JsonPayload, Olympics.Orleans.EventStore.Marten']::varchar[],
    ARRAY['{"value": 1}']::jsonb[], ARRAY[NULL]::bytea[], ARRAY[NULL]::varchar[],
    ARRAY['0af7651916cd43dd8448eb211c80319c']::varchar[], ARRAY['{}']::jsonb[], ARRAY['system']::varchar[],
    ARRAY[now()]::timestamptz[]);
