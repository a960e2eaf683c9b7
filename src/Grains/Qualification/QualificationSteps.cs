using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.Contracts.Athletes;

namespace Olympics.Orleans.Grains.Qualification;

/// <summary>
/// Carries out one qualification step through the athlete's and the accreditation's grains. A step the domain
/// refuses (an athlete not entered, an accreditation not approved) is logged and skipped; any other failure is
/// retried, because skipping it would lose an access change.
/// </summary>
public sealed partial class QualificationSteps(IGrainFactory grains, IOptions<QualificationOptions> options, ILogger<QualificationSteps> logger)
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

    private async Task EliminateAsync(Eliminate step, DateTimeOffset at)
    {
        var athlete = grains.GetGrain<IAthleteGrain>(step.Athlete);
        var view = await athlete.MarkEliminatedAsync(new MarkEliminated(step.Event, at));
        var accreditation = grains.GetGrain<IAccreditationGrain>(view.AccreditationNumber);
        var windows = (await accreditation.GetAccreditationAsync())?.Windows ?? [];
        foreach (var venue in windows.Where(w => w.Until > step.AccessEndsAt).Select(w => w.Venue).Distinct())
        {
            await accreditation.EndVenueAccessAsync(new EndVenueAccess(venue, step.AccessEndsAt, $"Eliminated from {step.Event.TrimEnd('-')}", at));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Qualification step {Step} for athlete {Athlete} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string athlete, string step, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Qualification step for athlete {Athlete} failed; retrying in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, Exception error, string athlete, double delayMs);
}
