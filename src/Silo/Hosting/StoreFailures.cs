using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Silo.Hosting;

/// <summary>
/// Failures that mean "the event store cannot be reached now": a connection refused, broken or timed out, or PostgreSQL
/// shutting down (Npgsql calls these transient), however wrapped (Marten, an aggregate); or ours, from another silo.
/// </summary>
internal static class StoreFailures
{
    public static bool Unavailable(Exception exception) => exception switch
    {
        EventStoreUnavailableException => true,
        Npgsql.NpgsqlException { IsTransient: true } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Unavailable),
        { InnerException: { } inner } => Unavailable(inner),
        _ => false,
    };
}

/// <summary>
/// Turns a grain call's store failure into <see cref="EventStoreUnavailableException"/>, which Orleans can carry to a
/// caller on another silo: Npgsql's exceptions have no codec, so the caller got a CodecNotFoundException (HTTP 500)
/// instead of a failure it can answer 503 to.
/// </summary>
internal sealed class StoreFailureCallFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception e) when (e is not EventStoreUnavailableException && StoreFailures.Unavailable(e))
        {
            throw new EventStoreUnavailableException($"The event store is unavailable: {e.Message}", e);
        }
    }
}
