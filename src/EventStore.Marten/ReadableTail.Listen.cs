using Npgsql;

namespace Olympics.Orleans.EventStore.Marten;

/// <summary>Other processes' commits, announced on the store's channel (<see cref="CommitAnnouncer"/>), wake the tail at once.</summary>
internal sealed partial class ReadableTail
{
    private static readonly TimeSpan _reconnect = TimeSpan.FromSeconds(1);

    // A connection of its own, outside the pool: a listening session must not go back to the pool still listening.
    private async Task ListenAsync(string connectionString, CancellationToken ct)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 10 }.ConnectionString;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(unpooled);
                await connection.OpenAsync(ct);
                connection.Notification += (_, _) => Wake();
                await using (var listen = new NpgsqlCommand($"LISTEN \"{CommitAnnouncer.ChannelFor(schema)}\"", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                // Whatever was committed before the LISTEN took effect is found by this read.
                Wake();
                while (!ct.IsCancellationRequested)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                // The database is unreachable for now: the tail polls meanwhile, and listens again once it is back.
                await Task.Delay(_reconnect, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
