using System.Text.Json;
using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// Sessions as the embargoed tier may see them: each at the newest version stored at least <see cref="FeedEmbargo.FeedDelay"/>
/// ago (its scheduling when all its versions are newer), so results recorded on a session reach no one outside the CIS
/// tier before they could through the feed. A session unchanged for the delay is the catalog's view as it is; a recent
/// one is folded from the store up to that version (from its latest snapshot on) with <see cref="Session.Evolve"/>,
/// once per version.
/// </summary>
public sealed class EmbargoedSessions(
    IEventStore store, EventSerializer serializer, SessionCatalog catalog, SessionVersionTimes times, TimeProvider time, FeedEmbargo embargo)
{
    private readonly VersionedCache<SessionView> _views = new();

    /// <summary>The session as the embargoed tier may see it now; null when it is unknown.</summary>
    public Task<SessionView?> FindAsync(string code, CancellationToken ct = default)
    {
        var live = catalog.Find(code);
        return live is null && !times.Knows(code) ? Task.FromResult<SessionView?>(null) : ViewAsync(code, live, ct);
    }

    /// <summary>The embargoed view of a session the caller holds the live view of (e.g. the answer to a command).</summary>
    public async Task<SessionView> PresentAsync(SessionView live, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(live);
        return await ViewAsync(live.Code, live, ct) ?? throw new InvalidOperationException($"Session {live.Code} has no scheduled version in the store.");
    }

    /// <summary>One page of the catalog's list, each item as the embargoed tier may see it now.</summary>
    public async Task<ResultPage<SessionView>> ListAsync(SessionFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        var live = catalog.List(filter, page, pageSize);
        var items = await Task.WhenAll(live.Items.Select(s => ViewAsync(s.Code, s, ct)));
        return live with { Items = [.. items.OfType<SessionView>()] };
    }

    private async Task<SessionView?> ViewAsync(string code, SessionView? live, CancellationToken ct)
    {
        var version = times.VisibleVersion(code, time.GetUtcNow() - embargo.FeedDelay);
        return live?.Version == version ? live : await _views.GetAsync(code, version, () => FoldAsync(code, version), ct);
    }

    private async Task<SessionView> FoldAsync(string code, long version)
    {
        var stream = SessionVersionTimes.StreamOf(code);
        var (state, at) = await store.LoadSnapshotAsync(stream, version) is { } snapshot && snapshot.Type == serializer.NameOf(typeof(Session))
            ? (JsonSerializer.Deserialize<Session>(snapshot.Data, EventSerializer.JsonOptions)!, snapshot.Version)
            : (Session.Unscheduled, 0L);
        await foreach (var stored in store.ReadStreamAsync(stream, new ReadStreamOptions(FromVersion: at + 1, ToVersion: version)))
        {
            state = Session.Evolve(state, serializer.Deserialize(stored.Type, stored.Data) as ISessionEvent
                ?? throw new InvalidOperationException($"Event '{stored.Type}' at version {stored.StreamVersion} of {stream} is not a session event."));
            at = stored.StreamVersion;
        }

        return state.IsScheduled
            ? SessionViews.From(state, at)
            : throw new InvalidOperationException($"Session {code} has no scheduled version up to {version}.");
    }
}
