using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Athletes;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// Athletes as the embargoed tier may see them: each at the newest version stored at least <see cref="FeedEmbargo.FeedDelay"/>
/// ago. Qualification marks athletes qualified or eliminated milliseconds after an OFFICIAL result, so standing, IRMs and
/// medals reach no one outside the CIS tier before the result could. An athlete whose every version is newer shows as
/// registered: their registration (version 1) carries no entry and no standing.
/// </summary>
public sealed class EmbargoedAthletes(
    IEventStore store, EventSerializer serializer, AthleteDirectory directory, AthleteVersionTimes times, TimeProvider time, FeedEmbargo embargo)
    : EmbargoedStreams<Athlete, IAthleteEvent, AthleteView>(store, serializer, times, time, embargo)
{
    /// <summary>The athlete as the embargoed tier may see them now; null when unknown.</summary>
    public async Task<AthleteView?> FindAsync(string id, CancellationToken ct = default)
    {
        var live = directory.Find(id);
        return live is null && !Knows(id) ? null : await ViewAsync(id, live, ct);
    }

    /// <summary>The embargoed view of an athlete the caller holds the live view of (e.g. the answer to a command).</summary>
    public Task<AthleteView> PresentAsync(AthleteView live, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(live);
        return ViewAsync(live.Id, live, ct);
    }

    /// <summary>One page of the directory's list (filtered and paged on the live directory: entries and names are not results), each item as the embargoed tier may see it now.</summary>
    public async Task<ResultPage<AthleteView>> ListAsync(string? noc, string? eventRsc, int page, int pageSize, CancellationToken ct = default)
    {
        var live = directory.List(noc, eventRsc, page, pageSize);
        return live with { Items = await Task.WhenAll(live.Items.Select(a => ViewAsync(a.Id, a, ct))) };
    }

    /// <inheritdoc />
    protected override Athlete Initial => Athlete.Unregistered;

    /// <inheritdoc />
    protected override Athlete Evolve(Athlete state, IAthleteEvent @event) => Athlete.Evolve(state, @event);

    /// <inheritdoc />
    protected override AthleteView? ViewOf(Athlete state, long version) => state.IsRegistered ? AthleteViews.From(state, version) : null;

    /// <inheritdoc />
    protected override long VersionOf(AthleteView view) => view.Version;
}
