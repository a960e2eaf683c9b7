using System.Collections.Concurrent;
using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Venues;

/// <summary>Every venue, kept from the "venue" category, for listing without activating each venue grain.</summary>
public sealed class VenueDirectory : Projection, IPersistentProjection
{
    private readonly ConcurrentDictionary<string, (Venue State, VenueView View)> _venues = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name => "venue-directory";

    /// <inheritdoc />
    public override string? Category => "venue";

    /// <inheritdoc />
    public string Shape => "venue-directory.v1";

    /// <summary>The venue with this code, or null.</summary>
    public VenueView? Find(string code) => _venues.TryGetValue(code, out var entry) ? entry.View : null;

    /// <summary>One page of the venues, by code.</summary>
    public ResultPage<VenueView> List(int page, int pageSize) =>
        ResultPage.Of(_venues.Values.Select(e => e.View).OrderBy(v => v.Code, StringComparer.Ordinal), page, pageSize);

    /// <inheritdoc />
    public void Save(Stream destination) => ProjectionState.WriteLines(destination,
        _venues.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new SavedStreamState<Venue>(e.Key, e.Value.View.Version, e.Value.State)));

    /// <inheritdoc />
    public void Load(Stream source)
    {
        foreach (var saved in ProjectionState.ReadLines<SavedStreamState<Venue>>(source))
        {
            _venues[saved.Key] = (saved.State, VenueViews.From(saved.State, saved.Version));
        }
    }

    /// <inheritdoc />
    protected override void Apply(StoredEvent stored, object? data)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (data is not IVenueEvent @event)
        {
            return;
        }

        var code = stored.StreamId["venue-".Length..];
        var state = Venue.Evolve(_venues.TryGetValue(code, out var entry) ? entry.State : Venue.Unregistered, @event);
        _venues[code] = (state, VenueViews.From(state, stored.StreamVersion));
    }
}
