using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Spectre.Console;

namespace Olympics.Orleans.Replay.Report;

/// <summary>
/// Feeds the report one category at a time, in pages, deserializing only the events it reads fields of (deliveries and
/// unit results); accreditation changes and ODF messages are counted from the stored name and the stream id.
/// </summary>
internal static class ReportScan
{
    public static async Task RunAsync(ReportData data, IEventStore store, EventSerializer serializer, IAnsiConsole progress, CancellationToken ct)
    {
        (string Category, Action<StoredEvent> Add)[] scans =
        [
            ("delivery", e => AddDelivery(data, serializer, e, "feed.deliveries-recorded.v1", "feed.delivered.v1")),
            ("push", e => AddDelivery(data, serializer, e, "push.delivered.v1")),
            ("session", e =>
            {
                if (e.Type == "session.unit-result-recorded.v1")
                {
                    data.Tallies.AddSession(e, serializer.Deserialize(e.Type, e.Data));
                }
            }),
            ("accreditation", data.Tallies.AddAccreditation),
            ("odf", data.Tallies.AddOdf),
        ];
        await progress.Progress().AutoClear(false).StartAsync(async ctx =>
        {
            foreach (var (category, add) in scans)
            {
                var task = ctx.AddTask($"{category}: 0 events").IsIndeterminate();
                long read = 0;
                await foreach (var stored in CategoryPages.ReadAsync(store, category, ct))
                {
                    add(stored);
                    if (++read % CategoryPages.PageSize == 0)
                    {
                        task.Description = $"{category}: {read:N0} events";
                    }
                }

                task.Description = $"{category}: {read:N0} events";
                task.Value = task.MaxValue;
                task.StopTask();
            }
        });
    }

    private static void AddDelivery(ReportData data, EventSerializer serializer, StoredEvent stored, params ReadOnlySpan<string> types)
    {
        if (types.Contains(stored.Type) && data.Window.Contains(stored.Timestamp))
        {
            data.Latency.Add(serializer.Deserialize(stored.Type, stored.Data));
        }
    }
}
