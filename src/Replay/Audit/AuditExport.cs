using System.Text.Json;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Replay.Audit;

/// <summary>The export loop: each event is read, given its zone, filtered and written before the next is read.</summary>
internal static class AuditExport
{
    /// <returns>How many events were read and how many matched the filter and were written.</returns>
    public static async Task<(long Read, long Written)> RunAsync(
        IAsyncEnumerable<StoredEvent> events, AuditFilter filter, AuditZones zones, IAuditWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(writer);
        long read = 0, written = 0;
        await foreach (var stored in events.WithCancellation(ct))
        {
            read++;
            using var data = JsonDocument.Parse(stored.Data);

            // The zone is learnt from every event (a session's schedule precedes the filtered window), then the filter applies.
            var zone = await zones.OfAsync(stored, data.RootElement, ct);
            if (filter.Matches(stored))
            {
                writer.Write(new AuditRow(stored, data.RootElement, zone));
                written++;
            }
        }

        writer.Complete();
        return (read, written);
    }
}
