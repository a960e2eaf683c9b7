using System.CommandLine;

namespace Olympics.Orleans.Replay.Store;

/// <summary>
/// Where the history is: <c>--connection</c> and <c>--schema</c>, or the silo's own settings: the environment
/// (<c>ConnectionStrings__EventStore</c>, <c>EventStore__Schema</c>) or a silo settings file (<c>--config</c>).
/// The command line wins, then the environment, then the file; the schema defaults to the silo's, "olympics".
/// </summary>
internal sealed class StoreOptions
{
    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "Npgsql connection string of the Games' PostgreSQL (default: ConnectionStrings__EventStore, then --config).",
    };

    public Option<string?> Schema { get; } = new("--schema")
    {
        Description = "Schema of the event tables (default: EventStore__Schema, then --config, then olympics).",
    };

    public Option<FileInfo?> Config { get; } = new("--config")
    {
        Description = "A silo settings file (appsettings.json) to read ConnectionStrings:EventStore and EventStore:Schema from.",
    };

    /// <summary>Adds the three options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Connection);
        command.Options.Add(Schema);
        command.Options.Add(Config);
    }

    /// <summary>The store the parsed command line points at.</summary>
    /// <exception cref="ReplayUsageException">No connection string anywhere, or an unreadable settings file.</exception>
    public StoreSettings Resolve(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var file = SettingsFile.Read(result.GetValue(Config));
        var connection = result.GetValue(Connection) is { Length: > 0 } given ? given
            : Environment.GetEnvironmentVariable("ConnectionStrings__EventStore") is { Length: > 0 } env ? env
            : file.ConnectionString;
        var schema = result.GetValue(Schema) is { Length: > 0 } s ? s
            : Environment.GetEnvironmentVariable("EventStore__Schema") is { Length: > 0 } e ? e
            : file.Schema ?? "olympics";
        return connection is { Length: > 0 }
            ? new StoreSettings(connection, schema)
            : throw new ReplayUsageException("connection",
                "No PostgreSQL to read: give --connection \"Host=...;Username=...;Database=...\", set ConnectionStrings__EventStore, or --config the silo's appsettings.json.");
    }
}

/// <summary>The PostgreSQL store to read: a connection string and the schema of the event tables.</summary>
internal sealed record StoreSettings(string ConnectionString, string Schema);
