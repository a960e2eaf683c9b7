using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Grains.Medals;

/// <summary>A competition's medals: loads its stream, decides, appends. The rules live in <see cref="MedalsDecider"/>.</summary>
public sealed class MedalsGrain : EventSourcedGrain<CompetitionMedals, IMedalsEvent>, IMedalsGrain
{
    /// <inheritdoc />
    protected override string StreamCategory => "medals";

    /// <inheritdoc />
    protected override CompetitionMedals InitialState => CompetitionMedals.None;

    // A new table version after every final: hundreds of events over the Games.
    /// <inheritdoc />
    protected override string? SnapshotType => "medals.state.v1";

    /// <inheritdoc />
    public async Task<MedalTableView> ReplaceMedalTableAsync(ReplaceMedalTable command)
    {
        await ExecuteAsync(command, MedalsDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public async Task<MedalTableView> WithdrawMedalTableAsync(WithdrawMedalTable command)
    {
        await ExecuteAsync(command, MedalsDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public async Task<MedalTableView> RecordMedallistsAsync(RecordMedallists command)
    {
        await ExecuteAsync(command, MedalsDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public async Task<MedalTableView> WithdrawMedallistsAsync(WithdrawMedallists command)
    {
        await ExecuteAsync(command, MedalsDecider.Decide);
        return View();
    }

    /// <inheritdoc />
    public Task<MedalTableView> GetMedalTableAsync() => Task.FromResult(View());

    /// <inheritdoc />
    protected override CompetitionMedals Evolve(CompetitionMedals state, IMedalsEvent @event) => CompetitionMedals.Evolve(state, @event);

    private MedalTableView View() => MedalsViews.From(GetPrimaryKeyString(), State, Version);
}
