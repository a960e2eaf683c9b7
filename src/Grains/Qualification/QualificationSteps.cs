using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Grains.Qualification;

/// <summary>
/// Carries out one qualification step through the athlete's and the accreditation's grains. A step the domain
/// refuses (an athlete not entered, an accreditation not approved) is logged and skipped; any other failure is
/// retried, because skipping it would lose an access change.
/// </summary>
public sealed partial class QualificationSteps(
    IGrainFactory grains, SessionCatalog catalog, IOptions<QualificationOptions> options, ILogger<QualificationSteps> logger)
{
    public async Task RunAsync(QualificationStep step, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        for (var delay = TimeSpan.FromMilliseconds(200); ; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks)))
        {
            try
            {
                await (step switch
                {
                    Qualify q => QualifyAsync(q, at),
                    Eliminate e => EliminateAsync(e, at),
                    _ => Task.CompletedTask,
                });
                return;
            }
            catch (Exception e) when (e is CommandRejectedException or InvalidCommandException)
            {
                LogRefused(logger, step.Athlete, step.GetType().Name, e.Message);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRetry(logger, e, step.Athlete, delay.TotalMilliseconds);
                await Task.Delay(delay, ct);
            }
        }
    }

    private async Task QualifyAsync(Qualify step, DateTimeOffset at)
    {
        var athlete = grains.GetGrain<IAthleteGrain>(step.Athlete);
        var view = await athlete.MarkQualifiedAsync(new MarkQualified(step.Event, step.Phase, at));
        var accreditation = grains.GetGrain<IAccreditationGrain>(view.AccreditationNumber);
        foreach (var window in step.Windows)
        {
            await accreditation.GrantVenueAccessAsync(new GrantVenueAccess(
                window.Venue, options.Value.Zones, window.From, window.Until, $"Qualified for {step.Phase.TrimEnd('-')}", at));
        }
    }

    // Only the windows this process granted for the phases of this event the athlete had reached: access given by
    // hand or for another event (a swimmer's 200 m final after a 100 m semi) stays.
    private async Task EliminateAsync(Eliminate step, DateTimeOffset at)
    {
        var athlete = grains.GetGrain<IAthleteGrain>(step.Athlete);
        var view = await athlete.MarkEliminatedAsync(new MarkEliminated(step.Event, at));
        var accreditation = grains.GetGrain<IAccreditationGrain>(view.AccreditationNumber);
        var phases = view.Entries.Where(e => e.Event == step.Event).SelectMany(e => e.QualifiedFor);
        var granted = phases.SelectMany(catalog.FindSessionsByPhase)
            .Select(s => (s.Venue, From: s.StartUtc - options.Value.AccessBefore)).Distinct();
        var windows = (await accreditation.GetAccreditationAsync())?.Windows ?? [];
        foreach (var (venue, from) in granted.Where(g => windows.Any(w => w.Venue == g.Venue && w.From == g.From && w.Until > step.AccessEndsAt)))
        {
            await accreditation.EndVenueAccessAsync(new EndVenueAccess(venue, step.AccessEndsAt, $"Eliminated from {step.Event.TrimEnd('-')}", at, from));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Qualification step {Step} for athlete {Athlete} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string athlete, string step, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Qualification step for athlete {Athlete} failed; retrying in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, Exception error, string athlete, double delayMs);
}
