using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Grains.Sessions;

/// <summary>A session: loads its stream, decides, appends. The rules live in <see cref="SessionDecider"/>.</summary>
public sealed class SessionGrain : EventSourcedGrain<Session, ISessionEvent>, ISessionGrain
{
    /// <inheritdoc />
    protected override string StreamCategory => "session";

    /// <inheritdoc />
    protected override Session InitialState => Session.Unscheduled;

    /// <inheritdoc />
    protected override string? SnapshotType => "session.state.v1";

    /// <inheritdoc />
    public async Task<SessionView> ScheduleSessionAsync(ScheduleSession command)
    {
        ArgumentNullException.ThrowIfNull(command);
        // The venue's zone is read once, here, and stored in the event: local times never depend on another stream.
        var venue = await GrainFactory.GetGrain<IVenueGrain>(Codes.Venue(command.Venue)).GetVenueAsync();
        await ExecuteAsync(command, (c, s) => SessionDecider.Decide(GetPrimaryKeyString(), c, venue?.TimeZone, s));
        return View();
    }

    /// <inheritdoc />
    public async Task<SessionView> ChangeSessionStatusAsync(ChangeSessionStatus command)
    {
        await ExecuteAsync(command, SessionDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public async Task<SessionView> SetStartListAsync(SetStartList command)
    {
        await ExecuteAsync(command, SessionDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public async Task<SessionView> RecordUnitResultAsync(RecordUnitResult command)
    {
        await ExecuteAsync(command, SessionDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public async Task<SessionView> MarkUnitLiveAsync(MarkUnitLive command)
    {
        await ExecuteAsync(command, SessionDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public async Task<SessionView> UpdateScheduleAsync(UpdateSchedule command)
    {
        await ExecuteAsync(command, SessionDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public async Task<SessionView> RecordPhaseStatusAsync(RecordPhaseStatus command)
    {
        await ExecuteAsync(command, SessionDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public Task<SessionView?> GetSessionAsync() => Task.FromResult(State.IsScheduled ? View() : null);

    /// <inheritdoc />
    protected override Session Evolve(Session state, ISessionEvent @event) => Session.Evolve(state, @event);

    private SessionView View() => SessionViews.From(State, Version);
}
