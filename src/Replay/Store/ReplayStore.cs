using Npgsql;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Marten;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Venues;

namespace Olympics.Orleans.Replay.Store;

/// <summary>
/// An open connection to the Games' history: the Marten event store (never created or migrated by this tool: it reads
/// what the silos wrote, up to the high-water mark they keep) and the serializer that knows every stored event name.
/// </summary>
internal sealed class ReplayStore : IAsyncDisposable
{
    private readonly MartenEventStore _store;

    private ReplayStore(MartenEventStore store, StoreSettings settings)
    {
        _store = store;
        Settings = settings;
        Serializer = new EventSerializer().RegisterAssemblies([typeof(VenueGrain).Assembly]);
    }

    public IEventStore Events => _store;

    public EventSerializer Serializer { get; }

    public StoreSettings Settings { get; }

    /// <summary>Opens the store and checks that it answers and holds the event tables.</summary>
    /// <exception cref="ReplayStoreUnavailableException">Unreachable, refused, or no event tables in the schema.</exception>
    public static async Task<ReplayStore> OpenAsync(StoreSettings settings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        MartenEventStore store;
        try
        {
            store = new MartenEventStore(new MartenEventStoreOptions { ConnectionString = settings.ConnectionString, Schema = settings.Schema, RunHighWaterAgent = false });
        }
        catch (ArgumentException e)
        {
            throw new ReplayUsageException("connection", e.Message);
        }

        try
        {
            await store.CheckHealthAsync(ct);
            await foreach (var _ in store.ListStreamIdsAsync("\u007f", ct))
            {
                // Nothing sorts after DEL in practice: the query only proves the schema's tables exist.
            }

            // The silos keep the high-water mark below which the history is readable; when none runs (after the
            // Games), the tool runs Marten's agent itself and waits for it to reach the last stored event.
            await store.StartHighWaterAgentAsync();
            if (!await store.WaitForReadableAsync(TimeSpan.FromSeconds(30), ct))
            {
                await Console.Error.WriteLineAsync("replay: warning: the high-water mark has not reached the last stored event after 30 s "
                    + "(a transaction holds a gap open); events after the gap are not read yet");
            }

            return new ReplayStore(store, settings);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await store.DisposeAsync();
            throw new ReplayStoreUnavailableException(
                e is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName }
                    ? $"schema '{settings.Schema}' holds no event tables: is it the silo's EventStore:Schema?"
                    : $"{Describe(settings)} is unreachable or refused the connection: {Innermost(e).Message}");
        }
    }

    /// <summary>How many events of <paramref name="category"/> (every event when null) lie after <paramref name="after"/>: a rebuild's total.</summary>
    public Task<long> CountEventsAsync(string? category, GlobalPosition after, CancellationToken ct) => _store.CountEventsAsync(category, after, ct);

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    /// <summary>Host, port and database, never the password.</summary>
    public static string Describe(StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            var b = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
            return $"PostgreSQL at {b.Host}:{b.Port}/{b.Database} (schema {settings.Schema})";
        }
        catch (ArgumentException)
        {
            return "the PostgreSQL server";
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner && e is not PostgresException ? Innermost(inner) : e;
}

/// <summary>The store cannot be read (exit code 4); the message never holds the password.</summary>
internal sealed class ReplayStoreUnavailableException(string message) : Exception(message);
