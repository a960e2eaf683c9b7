using Npgsql;

namespace Olympics.Orleans.EventStore.Marten;

/// <summary>
/// Tells the other processes on the database that this one committed appends, so that their followers read at once
/// instead of at their next poll: a NOTIFY on the store's channel, sent after the append in a statement of its own
/// and coalesced (one in flight; appends committed meanwhile are covered by the next one). Marten's NOTIFY inside the
/// append's transaction made PostgreSQL commit appends one at a time (docs/adr/0005); this one holds no append back.
/// </summary>
internal sealed class CommitAnnouncer(NpgsqlDataSource dataSource, string channel)
{
    private int _state; // 0 idle, 1 sending, 2 sending and another append committed since it began

    /// <summary>The channel's name for a schema: followers LISTEN on it.</summary>
    public static string ChannelFor(string schema) => $"olympics_appended_{schema}";

    /// <summary>An append committed: announce it (now, or right after the announcement in flight).</summary>
    public void Committed()
    {
        while (true)
        {
            var state = Volatile.Read(ref _state);
            if (state == 2 || (state == 1 && Interlocked.CompareExchange(ref _state, 2, 1) == 1))
            {
                return;
            }

            if (state == 0 && Interlocked.CompareExchange(ref _state, 1, 0) == 0)
            {
                _ = Task.Run(SendAsync);
                return;
            }
        }
    }

    private async Task SendAsync()
    {
        do
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT pg_notify($1, '')");
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = channel });
                await command.ExecuteNonQueryAsync();
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // The others find the commit at their next poll; an announcement is a shortcut, never the only way.
            }
        }
        while (Interlocked.CompareExchange(ref _state, 1, 2) == 2 || Interlocked.CompareExchange(ref _state, 0, 1) != 1);
    }
}
