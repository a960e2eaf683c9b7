using Npgsql;

namespace Olympics.Orleans.Silo.Hosting;

/// <summary>
/// Which event store the silo uses: <c>Store=memory</c> (the default, nothing to install) or <c>Store=postgres</c>
/// with <c>ConnectionStrings:EventStore</c> and optionally <c>EventStore:Schema</c>, <c>EventStore:FastPolling</c>
/// (Marten's high-water agent's polling while it catches up; MartenEventStoreOptions' default, 250 ms, when unset),
/// <c>EventStore:MaxAppendsPerCommit</c> and <c>EventStore:AppendWriters</c> (the group commit; the options' defaults when unset).
/// </summary>
internal sealed record StoreSettings(string Kind, string? ConnectionString, string Schema, TimeSpan? FastPolling = null,
    int? MaxAppendsPerCommit = null, int? AppendWriters = null)
{
    public const string Memory = "memory";
    public const string Postgres = "postgres";

    public static StoreSettings From(IConfiguration configuration)
    {
        var kind = (configuration["Store"] ?? Memory).Trim().ToLowerInvariant();
        if (kind is not (Memory or Postgres))
        {
            throw new SiloStartupException($"Store must be '{Memory}' or '{Postgres}', not '{configuration["Store"]}'.");
        }

        var connectionString = configuration.GetConnectionString("EventStore");
        if (kind == Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new SiloStartupException("Store=postgres needs a connection string: set ConnectionStrings:EventStore (or ConnectionStrings__EventStore).");
        }

        var fastPolling = configuration.GetValue<TimeSpan?>("EventStore:FastPolling");
        if (fastPolling is { } polling && polling <= TimeSpan.Zero)
        {
            throw new SiloStartupException($"EventStore:FastPolling must be positive, not {polling}.");
        }

        return new StoreSettings(kind, connectionString, configuration["EventStore:Schema"] ?? "olympics", fastPolling,
            AtLeastOne(configuration, "EventStore:MaxAppendsPerCommit"), AtLeastOne(configuration, "EventStore:AppendWriters"));
    }

    private static int? AtLeastOne(IConfiguration configuration, string key)
    {
        var text = configuration[key];
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1
            ? value
            : throw new SiloStartupException($"{key} must be a whole number of at least 1, not '{text}'.");
    }

    /// <summary>Where the store lives, for messages: host, port and database, never the password.</summary>
    public string Describe()
    {
        if (Kind == Memory)
        {
            return "the in-memory event store";
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL at {builder.Host}:{builder.Port} (database {builder.Database ?? builder.Username ?? "?"}, schema {Schema})";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL";
        }
    }
}
