using System.Text.RegularExpressions;

namespace Olympics.Orleans.EventStore.ReadModels;

/// <summary>Where the saved read models live: a database and the schema of the event store.</summary>
public sealed partial record PostgresReadModelStoreOptions
{
    /// <summary>The Npgsql connection string.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>The schema that holds the <c>read_models</c> table: the event store's schema.</summary>
    public string Schema { get; init; } = "olympics";

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
