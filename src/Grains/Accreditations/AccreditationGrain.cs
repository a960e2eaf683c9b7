using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Grains.Accreditations;

/// <summary>An accreditation: loads its stream, decides, appends. The rules live in <see cref="AccreditationDecider"/>.</summary>
public sealed class AccreditationGrain : EventSourcedGrain<Accreditation, IAccreditationEvent>, IAccreditationGrain
{
    /// <summary>The stream category: streams are "accreditation-NNNNNNNN".</summary>
    public const string Category = "accreditation";

    /// <inheritdoc />
    protected override string StreamCategory => Category;

    /// <inheritdoc />
    protected override Accreditation InitialState => Accreditation.None;

    /// <inheritdoc />
    protected override string? SnapshotType => "accreditation.state.v1";

    /// <inheritdoc />
    public Task<AccreditationView> ApplyForAccreditationAsync(ApplyForAccreditation command) =>
        Run(command, (c, s) => AccreditationDecider.Decide(GetPrimaryKeyString(), c, s));

    /// <inheritdoc />
    public Task<AccreditationView> ClearVettingAsync(ClearVetting command) => Run(command, AccreditationDecider.Decide);

    /// <inheritdoc />
    public Task<AccreditationView> RefuseVettingAsync(RefuseVetting command) => Run(command, AccreditationDecider.Decide);

    /// <inheritdoc />
    public Task<AccreditationView> ApproveAccreditationAsync(ApproveAccreditation command) => Run(command, AccreditationDecider.Decide);

    /// <inheritdoc />
    public Task<AccreditationView> IssueCardAsync(IssueCard command) => Run(command, AccreditationDecider.Decide);

    /// <inheritdoc />
    public Task<AccreditationView> ReissueCardAsync(ReissueCard command) => Run(command, AccreditationDecider.Decide);

    /// <inheritdoc />
    public Task<AccreditationView> ValidateArrivalAsync(ValidateArrival command) => Run(command, AccreditationDecider.Decide);

    /// <inheritdoc />
    public Task<AccreditationView> ChangePrivilegesAsync(ChangePrivileges command) => Run(command, AccreditationDecider.Decide);

    /// <inheritdoc />
    public Task<AccreditationView> GrantVenueAccessAsync(GrantVenueAccess command) => Run(command, AccreditationDecider.Decide);

    /// <inheritdoc />
    public Task<AccreditationView> EndVenueAccessAsync(EndVenueAccess command) => Run(command, AccreditationDecider.Decide);

    /// <inheritdoc />
    public Task<AccreditationView> SuspendAccreditationAsync(SuspendAccreditation command) => Run(command, AccreditationDecider.Decide);

    /// <inheritdoc />
    public Task<AccreditationView> ReinstateAccreditationAsync(ReinstateAccreditation command) => Run(command, AccreditationDecider.Decide);

    /// <inheritdoc />
    public Task<AccreditationView> CancelAccreditationAsync(CancelAccreditation command) => Run(command, AccreditationDecider.Decide);

    /// <inheritdoc />
    public Task<AccreditationView?> GetAccreditationAsync() => Task.FromResult(State.Exists ? View() : null);

    /// <inheritdoc />
    protected override Accreditation Evolve(Accreditation state, IAccreditationEvent @event) => Accreditation.Evolve(state, @event);

    private async Task<AccreditationView> Run<TCommand>(TCommand command, Func<TCommand, Accreditation, IReadOnlyList<IAccreditationEvent>> decide)
    {
        await ExecuteAsync(command, decide);
        return View();
    }

    private AccreditationView View() => AccreditationViews.From(State, Version);
}
