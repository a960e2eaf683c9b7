using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
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
    : EmbargoedStreams<Session, ISessionEvent, SessionView>(store, serializer, times, time, embargo)
{
    /// <summary>The session as the embargoed tier may see it now; null when it is unknown.</summary>
    public async Task<SessionView?> FindAsync(string code, CancellationToken ct = default)
    {
        var live = catalog.Find(code);
        return live is null && !Knows(code) ? null : await ViewAsync(code, live, ct);
    }

    /// <summary>The embargoed view of a session the caller holds the live view of (e.g. the answer to a command).</summary>
    public Task<SessionView> PresentAsync(SessionView live, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(live);
        return ViewAsync(live.Code, live, ct);
    }

    /// <summary>One page of the catalog's list, each item as the embargoed tier may see it now.</summary>
    public async Task<ResultPage<SessionView>> ListAsync(SessionFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        var live = catalog.List(filter, page, pageSize);
        return live with { Items = await Task.WhenAll(live.Items.Select(s => ViewAsync(s.Code, s, ct))) };
    }

    /// <inheritdoc />
    protected override Session Initial => Session.Unscheduled;

    /// <inheritdoc />
    protected override Session Evolve(Session state, ISessionEvent @event) => Session.Evolve(state, @event);

    /// <inheritdoc />
    protected override SessionView? ViewOf(Session state, long version) => state.IsScheduled ? SessionViews.From(state, version) : null;

    /// <inheritdoc />
    protected override long VersionOf(SessionView view) => view.Version;
}
