using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.GrainInterfaces.Rostering;
using Olympics.Orleans.Grains.EventSourcing;
using Olympics.Orleans.Grains.Rostering.Import;
using Olympics.Orleans.Rostering.Events;
using Olympics.Orleans.Rostering.Model;
using Olympics.Orleans.Rostering.Solver;

namespace Olympics.Orleans.Grains.Rostering;

/// <summary>
/// A roster: imports go to its input stream, publications to its roster stream (<see cref="RosterLog"/>), both with the
/// expected version; plans solve in the background on this grain's silo (<see cref="PlanRun"/>) and live as long as the
/// grain. Queries read the published revision (<see cref="RosterQueries"/>).
/// </summary>
internal sealed class RosterGrain(IEventStore store, SolverSlots slots) : Grain, IRosterGrain
{
    private static readonly EventSerializer _serializer = new EventSerializer().RegisterAssemblies(typeof(RosterGrain).Assembly);

    private readonly Dictionary<int, PlanRun> _plans = [];
    private RosterQueries _queries = new(RosterInput.Empty, Roster.Empty);
    private long _inputVersion;

    private string Id => this.GetPrimaryKeyString();

    private string InputStream => $"rosterinput-{Id}";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var input = RosterInput.Empty;
        await foreach (var e in store.ReadStreamAsync(InputStream, null, cancellationToken))
        {
            input = input.Evolve((IRosterInputEvent)_serializer.Deserialize(e.Type, e.Data));
            _inputVersion = e.StreamVersion;
        }

        var (roster, _) = await new RosterLog(store).LoadAsync(Id, cancellationToken);
        _queries = new RosterQueries(input, roster);
    }

    public async Task<RosterImportReport> ImportVolunteersAsync(ImportVolunteers command)
    {
        RefuseAfterPublication("volunteers");
        VolunteerRows.Check(command.Rows, Where(command.Lines));
        return await AppendAsync("volunteers", command.Rows.Count, RosterInput.Import(command.Rows, command.At));
    }

    public async Task<RosterImportReport> ImportShiftsAsync(ImportShifts command)
    {
        RefuseAfterPublication("shifts");
        ShiftRows.Check(command.Rows, Where(command.Lines));
        return await AppendAsync("shifts", command.Rows.Count, RosterInput.Import(command.Rows, command.At));
    }

    public Task<PlanView> StartPlanAsync(StartPlan command)
    {
        var input = _queries.Input;
        if (input.Volunteers.Count == 0 || input.Shifts.Count == 0)
        {
            throw new CommandRejectedException("Import volunteers and shifts before planning.");
        }

        var instance = RosterReplans.Instance(input);
        var run = PlanRun.Start(_plans.Count + 1, _inputVersion, instance, new SolveOptions(command.TimeLimit, slots.Workers, command.Seed), slots);
        _plans[run.Number] = run;
        // The grain holds the plan: it must outlive the solve (and a waiting one) and stay a while for the result to be read.
        DelayDeactivation(command.TimeLimit + TimeSpan.FromMinutes(30));
        return Task.FromResult(run.View(Id));
    }

    public Task<PlanView?> GetPlanAsync(GetPlan query) => Task.FromResult(_plans.GetValueOrDefault(query.Plan)?.View(Id));

    public Task<IReadOnlyList<AssignmentRecord>?> GetPlanAssignmentsAsync(GetPlan query) =>
        Task.FromResult(_plans.GetValueOrDefault(query.Plan)?.Plan is { } p ? _queries.Records(p.Assignments) : null);

    public async Task<PublicationView> PublishPlanAsync(PublishPlan command)
    {
        var run = _plans.GetValueOrDefault(command.Plan) ?? throw new CommandRejectedException($"Roster '{Id}' has no plan {command.Plan} on record (plans live until the roster is idle for a while, or the silo restarts).");
        if (run.Plan is not { } plan || run.Checked is not { } report)
        {
            throw new CommandRejectedException($"Plan {command.Plan} is not done: only a finished plan can be published.");
        }

        if (run.InputVersion != _inputVersion)
        {
            throw new CommandRejectedException($"Volunteers or shifts were imported after plan {command.Plan} started: plan again.");
        }

        if (!report.Feasible)
        {
            throw new CommandRejectedException($"Plan {command.Plan} breaks {report.HardViolations} hard constraints: it cannot be published.");
        }

        return await PublishAsync(RosterPublications.Of(_queries.Roster, plan, report, command.Reason, command.At));
    }

    public async Task<ReplanView> WithdrawVolunteersAsync(WithdrawVolunteers command)
    {
        if (_queries.Roster.Revision == 0)
        {
            throw new CommandRejectedException($"Roster '{Id}' is not published yet: plan and publish before re-planning.");
        }

        var input = _queries.Input;
        var withdrawn = RosterReplans.Withdrawn(input, command.Volunteers);
        var (result, check, publication) = RosterReplans.Replan(input, _queries.Roster, withdrawn, command.Reason, command.Seed, command.At);
        if (!check.Feasible)
        {
            throw new CommandRejectedException($"The re-plan breaks {check.HardViolations} hard constraints: nothing was published.");
        }

        return new ReplanView(await PublishAsync(publication), result.OthersReleased, result.Changes.Count(c => c.Assigned && !withdrawn.Contains(c.Volunteer)),
            check.HardViolations, RosterReplans.Changes(input, result));
    }

    public Task<RosterView> GetRosterAsync() => Task.FromResult(_queries.View(Id));

    public Task<VolunteerScheduleView?> GetScheduleAsync(GetSchedule query) => Task.FromResult(_queries.Schedule(Id, query.Volunteer));

    public Task<VenueCoverageView?> GetCoverageAsync(GetCoverage query) => Task.FromResult(_queries.Coverage(Id, query.Venue));

    // Appends a publication through the roster log at the expected version, the caller as the actor, and folds it in.
    private async Task<PublicationView> PublishAsync(PublishRoster publication)
    {
        IReadOnlyList<IRosterEvent> events;
        try
        {
            events = await new RosterLog(store).PublishAsync(Id, publication, ActorContext.Current);
        }
        catch (InvalidOperationException e) when (e is not CommandRejectedException)
        {
            throw new CommandRejectedException($"The published roster changed meanwhile: {e.Message}");
        }

        _queries = _queries with { Roster = events.Aggregate(_queries.Roster, (state, e) => state.Evolve(e)) };
        return new PublicationView(Id, _queries.Roster.Revision, publication.Assigned.Count, publication.Released.Count,
            _queries.Roster.Assignments.Count, publication.UnfilledPlaces, events.Count);
    }

    private static Func<int, string> Where(IReadOnlyList<long>? lines) =>
        lines is null ? i => $"[{i}]" : i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {lines[i]}");

    // Published assignments name volunteers and shifts by their place in the import: the import is fixed once published.
    private void RefuseAfterPublication(string kind)
    {
        if (_queries.Roster.Revision > 0)
        {
            throw new CommandRejectedException($"Roster '{Id}' is published (revision {_queries.Roster.Revision}): its {kind} can no longer be replaced.");
        }
    }

    private async Task<RosterImportReport> AppendAsync(string kind, int rows, IReadOnlyList<IRosterInputEvent> events)
    {
        var metadata = EventMetadataFactory.FromCurrentContext();
        var data = events.Select(e =>
        {
            var (type, json) = _serializer.Serialize(e);
            return EventData.Create(type, json, metadata);
        }).ToList();
        var result = await store.AppendAsync(InputStream, _inputVersion, data);
        _inputVersion = result.StreamVersion;
        _queries = _queries with { Input = events.Aggregate(_queries.Input, (state, e) => state.Evolve(e)) };
        return new RosterImportReport(Id, kind, rows, events.Count);
    }
}
