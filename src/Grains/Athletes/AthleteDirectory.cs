using System.Collections.Concurrent;
using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Athletes;

/// <summary>
/// Every athlete, kept from the "athlete" category: lists by NOC or entered event, and the accreditation number of
/// an athlete (for the qualification process). Folds each stream with <see cref="Athlete.Evolve"/>; views are
/// immutable, so queries may run while events are applied.
/// </summary>
public sealed class AthleteDirectory : Projection, IPersistentProjection
{
    private readonly ConcurrentDictionary<string, (Athlete State, AthleteView View)> _athletes = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name => "athlete-directory";

    /// <inheritdoc />
    public override string? Category => "athlete";

    /// <inheritdoc />
    public string Shape => "athlete-directory.v1";

    /// <summary>The athlete with this id, or null.</summary>
    public AthleteView? Find(string athleteId) => _athletes.TryGetValue(athleteId, out var entry) ? entry.View : null;

    /// <summary>The accreditation number of the athlete, or null when no athlete has this id.</summary>
    public string? FindAccreditationNumber(string athleteId) => Find(athleteId)?.AccreditationNumber;

    /// <summary>One page of the athletes of a NOC and/or entered in an event (event-level RSC), by family name, given name and id.</summary>
    public ResultPage<AthleteView> List(string? noc, string? eventRsc, int page, int pageSize) => ResultPage.Of(
        _athletes.Values.Select(e => e.View)
            .Where(a => (noc is null || a.Noc == noc) && (eventRsc is null || a.Entries.Any(x => x.Event == eventRsc)))
            .OrderBy(a => a.FamilyName, StringComparer.Ordinal).ThenBy(a => a.GivenName, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal),
        page, pageSize);

    /// <inheritdoc />
    public void Save(Stream destination) => ProjectionState.WriteLines(destination,
        _athletes.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new SavedStreamState<Athlete>(e.Key, e.Value.View.Version, e.Value.State)));

    /// <inheritdoc />
    public void Load(Stream source)
    {
        foreach (var saved in ProjectionState.ReadLines<SavedStreamState<Athlete>>(source))
        {
            _athletes[saved.Key] = (saved.State, AthleteViews.From(saved.State, saved.Version));
        }
    }

    /// <inheritdoc />
    protected override void Apply(StoredEvent stored, object? data)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (data is not IAthleteEvent @event)
        {
            return;
        }

        var id = stored.StreamId["athlete-".Length..];
        var state = Athlete.Evolve(_athletes.TryGetValue(id, out var entry) ? entry.State : Athlete.Unregistered, @event);
        _athletes[id] = (state, AthleteViews.From(state, stored.StreamVersion));
    }
}
