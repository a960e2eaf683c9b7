using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Grains.Venues;

/// <summary>A venue: loads its stream, decides, appends. The rules live in <see cref="VenueDecider"/>.</summary>
public sealed class VenueGrain : EventSourcedGrain<Venue, IVenueEvent>, IVenueGrain
{
    /// <inheritdoc />
    protected override string StreamCategory => "venue";

    /// <inheritdoc />
    protected override Venue InitialState => Venue.Unregistered;

    /// <inheritdoc />
    protected override string? SnapshotType => "venue.state.v2";

    /// <inheritdoc />
    public async Task<VenueView> RegisterVenueAsync(RegisterVenue command)
    {
        await ExecuteAsync(command, (c, s) => VenueDecider.Decide(GetPrimaryKeyString(), c, s));
        return View();
    }

    /// <inheritdoc />
    public async Task<VenueView> ChangeVenueStatusAsync(ChangeVenueStatus command)
    {
        await ExecuteAsync(command, VenueDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public async Task<VenueView> DefineZoneAsync(DefineZone command)
    {
        await ExecuteAsync(command, VenueDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public async Task<VenueView> RemoveZoneAsync(RemoveZone command)
    {
        await ExecuteAsync(command, VenueDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public async Task<VenueView> RecordKeepAliveAsync(RecordKeepAlive command)
    {
        await ExecuteAsync(command, VenueDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public Task<VenueView?> GetVenueAsync() => Task.FromResult(State.IsRegistered ? View() : null);

    /// <inheritdoc />
    protected override Venue Evolve(Venue state, IVenueEvent @event) => Venue.Evolve(state, @event);

    private VenueView View() => VenueViews.From(State, Version);
}
