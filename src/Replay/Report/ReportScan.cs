using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Odf;
using Spectre.Console;

namespace Olympics.Orleans.Replay.Report;

/// <summary>
/// Feeds the report one category at a time, in pages, deserializing only the events it reads fields of (deliveries and
/// unit results, and ODF headers for a competition day); accreditation changes and ODF messages are otherwise counted
/// from the stored name, the stream id and the change's own time.
/// </summary>
internal static class ReportScan
{
    public static async Task RunAsync(ReportData data, IEventStore store, EventSerializer serializer, GlobalPosition upTo, IAnsiConsole progress, CancellationToken ct)
    {
        // ODF first: for a competition day, the deliveries reported are those of the day's messages.
        (string Category, Action<StoredEvent> Add)[] scans =
        [
            ("odf", e => data.Tallies.AddOdf(e, data.Window.Day is null ? null : HeaderOf(serializer.Deserialize(e.Type, e.Data)))),
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
        ];
        await progress.Progress().AutoClear(false).StartAsync(async ctx =>
        {
            foreach (var (category, add) in scans)
            {
                var task = ctx.AddTask($"{category}: 0 events").IsIndeterminate();
                long read = 0;
                await foreach (var stored in CategoryPages.ReadAsync(store, category, upTo, ct))
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
            data.Latency.Add(serializer.Deserialize(stored.Type, stored.Data), data.Tallies.Includes);
        }
    }

    private static OdfHeader? HeaderOf(object @event) => @event switch
    {
        OdfDocumentReceived received => received.Header,
        OdfDocumentWithdrawn withdrawn => withdrawn.Header,
        _ => null,
    };
}
