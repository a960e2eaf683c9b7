using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Disciplines;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Grains.Odf.Apply;

/// <summary>
/// Sends one step's command to its grain. A unit's session (and a phase's sessions) come from the session catalog; when
/// the catalog does not know the unit, it is first brought up to the document's position, so a session scheduled just
/// before the document is found. A unit or phase no session holds is a refusal. A keep-alive's three letters are a venue
/// when one is registered under them, else a discipline when sessions of it are scheduled, else a refusal.
/// </summary>
public sealed class OdfApplySteps(IGrainFactory grains, SessionCatalog catalog, IEventStore store)
{
    private const int Page = 1000;
    private static readonly TimeSpan _catalogTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs <paramref name="step"/> of the document stored at <paramref name="position"/>.</summary>
    public async Task RunAsync(OdfApplyStep step, GlobalPosition position, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        switch (step.Target)
        {
            case OdfTarget.SessionOfUnit:
                await ToSessionAsync(grains.GetGrain<ISessionGrain>(await SessionOfUnitAsync(step.Key, position, ct)), step);
                break;
            case OdfTarget.Session:
                await ToSessionAsync(grains.GetGrain<ISessionGrain>(step.Key), step);
                break;
            case OdfTarget.SessionsOfPhase:
                foreach (var session in await SessionsOfPhaseAsync(step.Key, position, ct))
                {
                    await ToSessionAsync(grains.GetGrain<ISessionGrain>(session), step);
                }

                break;
            case OdfTarget.Venue when step.Command is RecordKeepAlive keepAlive:
                await grains.GetGrain<IVenueGrain>(step.Key).RecordKeepAliveAsync(keepAlive);
                break;
            case OdfTarget.Discipline when step.Command is RecordKeepAlive keepAlive:
                await grains.GetGrain<IDisciplineGrain>(step.Key).RecordKeepAliveAsync(keepAlive);
                break;
            case OdfTarget.VenueOrDiscipline when step.Command is RecordKeepAlive keepAlive:
                await KeepAliveAsync(step.Key, keepAlive, position, ct);
                break;
            case OdfTarget.Medals:
                await ToMedalsAsync(grains.GetGrain<IMedalsGrain>(step.Key), step);
                break;
            default:
                throw Unknown(step);
        }
    }

    private static Task<SessionView> ToSessionAsync(ISessionGrain session, OdfApplyStep step) => step.Command switch
    {
        SetStartList c => session.SetStartListAsync(c),
        RecordUnitResult c => session.RecordUnitResultAsync(c),
        MarkUnitLive c => session.MarkUnitLiveAsync(c),
        UpdateSchedule c => session.UpdateScheduleAsync(c),
        RecordPhaseStatus c => session.RecordPhaseStatusAsync(c),
        _ => throw Unknown(step),
    };

    private static Task<MedalTableView> ToMedalsAsync(IMedalsGrain medals, OdfApplyStep step) => step.Command switch
    {
        ReplaceMedalTable c => medals.ReplaceMedalTableAsync(c),
        WithdrawMedalTable c => medals.WithdrawMedalTableAsync(c),
        RecordMedallists c => medals.RecordMedallistsAsync(c),
        WithdrawMedallists c => medals.WithdrawMedallistsAsync(c),
        _ => throw Unknown(step),
    };

    private async Task KeepAliveAsync(string code, RecordKeepAlive keepAlive, GlobalPosition position, CancellationToken ct)
    {
        var venue = grains.GetGrain<IVenueGrain>(code);
        if (await venue.GetVenueAsync() is not null)
        {
            await venue.RecordKeepAliveAsync(keepAlive);
            return;
        }

        if (!HasSessions(code))
        {
            await CatalogAtAsync(position, ct);
        }

        if (!HasSessions(code))
        {
            throw new CommandRejectedException(
                $"Venue {code} is not registered and no session of a discipline {code} is scheduled: a keep-alive speaks for one or the other.");
        }

        await grains.GetGrain<IDisciplineGrain>(code).RecordKeepAliveAsync(keepAlive);
    }

    private bool HasSessions(string discipline) => catalog.List(new SessionFilter(Discipline: discipline), 1, 1).Total > 0;

    private async Task<string> SessionOfUnitAsync(string unit, GlobalPosition position, CancellationToken ct)
    {
        if (catalog.FindSessionByUnit(unit) is null)
        {
            await CatalogAtAsync(position, ct);
        }

        return catalog.FindSessionByUnit(unit)?.Code ?? throw new CommandRejectedException($"No session holds unit {unit}.");
    }

    private async Task<IReadOnlyList<string>> SessionsOfPhaseAsync(string phase, GlobalPosition position, CancellationToken ct)
    {
        await CatalogAtAsync(position, ct);
        var sessions = catalog.FindSessionsByPhase(phase);
        return sessions.Count > 0 ? [.. sessions.Select(s => s.Code)] : throw new CommandRejectedException($"No session holds units of phase {phase}.");
    }

    // The catalog follows the "session" category, so its position only moves with session events: it has seen every
    // session scheduled before the document once it has applied the last session event stored before the document.
    private async Task CatalogAtAsync(GlobalPosition position, CancellationToken ct)
    {
        GlobalPosition? last = null;
        var after = catalog.Position;
        for (var read = Page; read == Page;)
        {
            read = 0;
            await foreach (var stored in store.ReadAllAsync(new ReadAllOptions(after, "session", Page), ct))
            {
                if (stored.Position >= position)
                {
                    read = -1;
                    break;
                }

                (last, after, read) = (stored.Position, stored.Position, read + 1);
            }
        }

        if (last is { } target)
        {
            await catalog.WaitForAsync(target, ct).WaitAsync(_catalogTimeout, ct);
        }
    }

    private static NotSupportedException Unknown(OdfApplyStep step) =>
        new($"No grain takes {step.Command.GetType().Name} for {step.Target} {step.Key}.");
}
