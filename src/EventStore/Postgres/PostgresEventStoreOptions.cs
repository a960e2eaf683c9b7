using System.Text.RegularExpressions;

namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>Settings of the PostgreSQL event store.</summary>
public sealed partial record PostgresEventStoreOptions
{
    /// <summary>The Npgsql connection string.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>The schema that holds the tables; several stores can share a database under different schemas.</summary>
    public string Schema { get; init; } = "olympics";

    /// <summary>How long a live subscription waits for a notification before it reads again anyway.</summary>
    public TimeSpan FallbackPollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The LISTEN/NOTIFY channel on which stores of this schema tell each other what they committed.</summary>
    internal string Channel => $"{Schema}_events";

    /// <summary>Throws <see cref="ArgumentException"/> naming the setting and the reason when the options are unusable.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("The connection string is empty.", nameof(ConnectionString));
        }

        if (!SchemaName().IsMatch(Schema))
        {
            throw new ArgumentException(
                $"Schema '{Schema}' is not a plain lower-case identifier (letters, digits, '_', at most 50 characters).", nameof(Schema));
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,49}$")]
    private static partial Regex SchemaName();
}
