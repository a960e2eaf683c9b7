using System.Text;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Odf.Simulation;
using Olympics.Orleans.Replay.Report;

namespace Olympics.Orleans.Replay.ReplayDay;

/// <summary>
/// The player's plan from the stored originals: the accepted messages of a selection in stored (global) order, each due
/// at its stored time's offset from the first one, with its XML exactly as received. Reads the "odf" category in pages.
/// </summary>
internal static class StoredPlan
{
    /// <summary>The plan; <paramref name="read"/> hears how many ODF events were read so far.</summary>
    public static async Task<SimulationPlan> ReadAsync(
        IEventStore store, EventSerializer serializer, ReplaySelection selection, StoredSessions sessions, GlobalPosition upTo, IProgress<long>? read, CancellationToken ct)
    {
        var messages = new List<PlannedMessage>();
        var played = new SortedSet<string>(StringComparer.Ordinal);
        DateTimeOffset? first = null;
        long seen = 0;
        await foreach (var stored in CategoryPages.ReadAsync(store, "odf", upTo, ct))
        {
            if (++seen % CategoryPages.PageSize == 0)
            {
                read?.Report(seen);
            }

            if (HeaderAndXml(serializer.Deserialize(stored.Type, stored.Data)) is not (OdfHeader header, string xml) || !selection.Matches(header, sessions))
            {
                continue;
            }

            first ??= stored.Timestamp;
            // Commit timestamps of concurrent transactions may step back a little: the plan keeps stored order.
            var at = messages.Count == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Max(messages[^1].At.Ticks, (stored.Timestamp - first.Value).Ticks));
            messages.Add(new PlannedMessage(at, header.DocumentKey, header.DocumentType, header.Version, header.ResultStatus, header.Source,
                PlannedKind.Original, Encoding.UTF8.GetBytes(xml)));
            played.UnionWith(sessions.Rule.Of(header));
        }

        read?.Report(seen);
        return new SimulationPlan([.. played], messages);
    }

    private static (OdfHeader Header, string Xml)? HeaderAndXml(object @event) => @event switch
    {
        OdfDocumentReceived received => (received.Header, received.Xml),
        OdfDocumentWithdrawn withdrawn => (withdrawn.Header, withdrawn.Xml),
        _ => null,
    };
}
