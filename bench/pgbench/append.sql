-- The store's single-event append, as pgbench runs it: claim the next version on the client's own stream row
-- (the concurrency fence) and insert the event, in one statement, into the tables the store creates
-- (indexes and the NOTIFY trigger included). Client N writes stream 'pgbench-N', created by bench/run.sh.
WITH claim AS (
    UPDATE bench_pg.streams SET version = version + 1, updated_at = now()
    WHERE stream_id = 'pgbench-' || :client_id RETURNING version)
INSERT INTO bench_pg.events (id, stream_id, version, type, data, metadata)
SELECT gen_random_uuid(), 'pgbench-' || :client_id, claim.version, 'bench.incremented.v1', '{"value": 1}',
       '{"correlationId": "0af7651916cd43dd8448eb211c80319c", "causationId": null, "actor": "system", "traceId": null}'
FROM claim;
