using JasperFx.Events;
using Marten;
using Npgsql;
using Olympics.Orleans.EventStore.Marten;

namespace Olympics.Orleans.EventStore.Tests.Marten;

/// <summary>
/// The store appends by calling Marten's mt_quick_append_events itself, without a Marten session: the rows must be
/// the ones a Marten session writes for the same events, so that Marten's own tools read the history as theirs.
/// </summary>
public sealed class MartenDirectAppendTests : IAsyncLifetime
{
    private MartenEventStore _store = null!;

    public async ValueTask InitializeAsync() => _store = await MartenTestStores.CreateStoreAsync();

    public async ValueTask DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task An_append_writes_the_rows_a_Marten_session_writes_for_the_same_events()
    {
        var (bySession, byStore) = (Events.NewStreamId("same"), Events.NewStreamId("same"));
        var first = Event("first", new EventMetadata("correlation-1", "causation-1", "user:alice", "0af7651916cd43dd8448eb211c80319c"));
        var second = Event("second", new EventMetadata(null, null, null, null));
        await AppendThroughMartenSessionAsync(bySession, 0, [first]);
        await AppendThroughMartenSessionAsync(bySession, 1, [second]);
        await _store.AppendAsync(byStore, ExpectedVersion.NoStream, [first with { Id = Guid.NewGuid() }], TestContext.Current.CancellationToken);
        await _store.AppendAsync(byStore, 1, [second with { Id = Guid.NewGuid() }], TestContext.Current.CancellationToken);

        var session = await RowsAsync(bySession);
        var store = await RowsAsync(byStore);

        store.ShouldBe(session);
        session.Count.ShouldBe(3, "two events and the stream");
    }

    [Fact]
    public async Task A_bulk_append_writes_the_rows_Martens_bulk_insert_writes_for_the_same_streams()
    {
        var (byMarten, byStore) = (Events.NewStreamId("bulk"), Events.NewStreamId("bulk"));
        EventData[] events =
        [
            Event("first", new EventMetadata("correlation-1", "causation-1", "user:alice", "0af7651916cd43dd8448eb211c80319c")),
            Event("second", new EventMetadata(null, null, "system:import", null)),
        ];
        var action = StreamAction.Start(byMarten, [.. events.Select(e => ((DocumentStore)_store.DocumentStore).Events.BuildEvent(new JsonPayload(e.Data)))]);
        Stamp(action.Events, events);
        await _store.DocumentStore.BulkInsertEventsAsync([action], cancellation: TestContext.Current.CancellationToken);
        await _store.BulkAppendAsync([new StreamImport(byStore, [.. events.Select(e => e with { Id = Guid.NewGuid() })])], TestContext.Current.CancellationToken);

        var marten = await RowsAsync(byMarten);
        var store = await RowsAsync(byStore);

        store.ShouldBe(marten);
        marten.Count.ShouldBe(3, "two events and the stream");
    }

    private static EventData Event(string name, EventMetadata metadata) =>
        new(Guid.NewGuid(), "test.direct.v1", $$"""{"name":"{{name}}","n":1}""", metadata);

    // What the store did before it called the function itself: a Marten session with the carrier and each event stamped.
    private async Task AppendThroughMartenSessionAsync(string stream, long version, IReadOnlyList<EventData> events)
    {
        await using var session = _store.DocumentStore.LightweightSession();
        var action = session.Events.Append(stream, version + events.Count, [.. events.Select(e => (object)new JsonPayload(e.Data))]);
        Stamp(action.Events, events);
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    // Marten names a stored event after its CLR type; the store's events share one carrier, so each gets its own name.
    private static void Stamp(IReadOnlyList<IEvent> stored, IReadOnlyList<EventData> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var (target, source) = (stored[i], events[i]);
            target.Id = source.Id;
            target.EventTypeName = source.Type;
            target.CorrelationId = source.Metadata.CorrelationId;
            target.CausationId = source.Metadata.CausationId;
            target.UserName = source.Metadata.Actor;
            if (source.Metadata.TraceId is { } traceId)
            {
                target.SetHeader("traceId", traceId);
            }
        }
    }

    // Every column but the ones that differ by nature (ids, sequences, times, the stream's own id).
    private async Task<List<string>> RowsAsync(string stream)
    {
        var schema = ((DocumentStore)_store.DocumentStore).Options.Events.DatabaseSchemaName;
        await using var connection = await TestStores.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT concat_ws('|', version, data::text, type, tenant_id, mt_dotnet_type, is_archived, correlation_id, causation_id, "
            + $"headers::text, user_name, bdata IS NULL, timestamp IS NOT NULL) FROM {schema}.mt_events WHERE stream_id = $1 "
            + $"UNION ALL SELECT concat_ws('|', 'stream', type, version, tenant_id, is_archived) FROM {schema}.mt_streams WHERE id = $1",
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stream });
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
