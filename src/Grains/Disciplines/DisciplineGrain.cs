using Olympics.Orleans.Contracts.Disciplines;
using Olympics.Orleans.GrainInterfaces.Disciplines;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Grains.Disciplines;

/// <summary>A discipline's results system: loads its stream, decides, appends. The rules live in <see cref="DisciplineDecider"/>.</summary>
public sealed class DisciplineGrain : EventSourcedGrain<Discipline, IDisciplineEvent>, IDisciplineGrain
{
    /// <inheritdoc />
    protected override string StreamCategory => "discipline";

    /// <inheritdoc />
    protected override Discipline InitialState => Discipline.None;

    // A keep-alive every few seconds for the whole Games: only the latest matters on activation.
    /// <inheritdoc />
    protected override string? SnapshotType => "discipline.state.v1";

    /// <inheritdoc />
    public async Task<DisciplineView> RecordKeepAliveAsync(RecordKeepAlive command)
    {
        await ExecuteAsync(command, (c, s) => DisciplineDecider.Decide(GetPrimaryKeyString(), c, s));
        return View()!;
    }

    /// <inheritdoc />
    public Task<DisciplineView?> GetDisciplineAsync() => Task.FromResult(View());

    /// <inheritdoc />
    protected override Discipline Evolve(Discipline state, IDisciplineEvent @event) => Discipline.Evolve(state, @event);

    private DisciplineView? View() =>
        State is { LastKeepAlive: { } at, Source: { } source } ? new DisciplineView(State.Code, at, source, Version) : null;
}
