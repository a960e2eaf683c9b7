using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Grains.Athletes;

/// <summary>An athlete: loads the stream, decides, appends. The rules live in <see cref="AthleteDecider"/>.</summary>
public sealed class AthleteGrain : EventSourcedGrain<Athlete, IAthleteEvent>, IAthleteGrain
{
    /// <inheritdoc />
    protected override string StreamCategory => "athlete";

    /// <inheritdoc />
    protected override Athlete InitialState => Athlete.Unregistered;

    /// <inheritdoc />
    protected override string? SnapshotType => "athlete.state.v1";

    /// <inheritdoc />
    public Task<AthleteView> RegisterAthleteAsync(RegisterAthlete command) => Run(command, (c, s) => AthleteDecider.Decide(GetPrimaryKeyString(), c, s));

    /// <inheritdoc />
    public Task<AthleteView> EnterEventAsync(EnterEvent command) => Run(command, AthleteDecider.Decide);

    /// <inheritdoc />
    public Task<AthleteView> MarkQualifiedAsync(MarkQualified command) => Run(command, AthleteDecider.Decide);

    /// <inheritdoc />
    public Task<AthleteView> MarkEliminatedAsync(MarkEliminated command) => Run(command, AthleteDecider.Decide);

    /// <inheritdoc />
    public Task<AthleteView> RecordIrmAsync(RecordIrm command) => Run(command, AthleteDecider.Decide);

    /// <inheritdoc />
    public Task<AthleteView> AwardMedalAsync(AwardMedal command) => Run(command, AthleteDecider.Decide);

    /// <inheritdoc />
    public Task<AthleteView?> GetAthleteAsync() => Task.FromResult(State.IsRegistered ? AthleteViews.From(State, Version) : null);

    /// <inheritdoc />
    protected override Athlete Evolve(Athlete state, IAthleteEvent @event) => Athlete.Evolve(state, @event);

    private async Task<AthleteView> Run<TCommand>(TCommand command, Func<TCommand, Athlete, IReadOnlyList<IAthleteEvent>> decide)
    {
        await ExecuteAsync(command, decide);
        return AthleteViews.From(State, Version);
    }
}
