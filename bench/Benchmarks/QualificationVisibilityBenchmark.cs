using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.Accreditations.Gate;
using Olympics.Orleans.Silo;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// Official results to an open gate, on PostgreSQL: 50 heats, each won by one athlete who qualifies for the
/// semi-final at another venue. Timed from the OFFICIAL command's return (committed) until the gate read model lets
/// that athlete into the semi-final's venue: the qualification process's subscription, its grain commands, and the
/// gate's projection.
/// </summary>
internal static class QualificationVisibilityBenchmark
{
    private const int Heats = 50;
    private const string Event = "ATHM100M--------------------------";
    private const string SemiPhase = "ATHM100M--------------SFNL--------";
    private static readonly DateTimeOffset _heats = new(2024, 8, 3, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _semi = new(2024, 8, 4, 17, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var silo = SiloHost.Build(["--urls=http://127.0.0.1:0", "--Store=postgres", $"--ConnectionStrings:EventStore={BenchOptions.ConnectionString}",
            $"--EventStore:Schema={options.Schema}", "--Logging:LogLevel:Default=Warning"]);
        await silo.InitializeSiloAsync();
        await silo.StartAsync();
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        await ArrangeAsync(grains);
        var view = silo.Services.GetRequiredService<AccreditationsView>();
        var latencies = new Latencies(1);
        var heats = grains.GetGrain<ISessionGrain>("ATH01");
        for (var i = 1; i <= Heats; i++)
        {
            UnitResultEntry[] results = [new(Athlete(i), 1, "9.99", null, SemiPhase, false)];
            await heats.SetStartListAsync(new SetStartList(Heat(i), [Athlete(i)], _heats));
            await heats.RecordUnitResultAsync(new RecordUnitResult(Heat(i), ResultStatus.Unofficial, results, null, _heats));
            await heats.RecordUnitResultAsync(new RecordUnitResult(Heat(i), ResultStatus.Official, results, null, _heats));
            var committed = Stopwatch.GetTimestamp();
            while (!view.Check(new CardReference(Number(i), null), "AQU", 1, _semi.AddMinutes(30)).Allowed)
            {
                if (Stopwatch.GetElapsedTime(committed) > TimeSpan.FromSeconds(10))
                {
                    throw new TimeoutException($"Heat {i}: the semi-final venue did not open within 10 s.");
                }

                await Task.Delay(1);
            }

            latencies.Record(0, committed);
        }

        Console.WriteLine($"qualification-visibility: {Heats} official heats on PostgreSQL, committed to the gate open at the next venue: {latencies.Summary()}");
        await silo.StopAsync();
        return 0;
    }

    private static async Task ArrangeAsync(IGrainFactory grains)
    {
        var at = _heats.AddDays(-10);
        await grains.GetGrain<IVenueGrain>("STA").RegisterVenueAsync(new RegisterVenue("Stade de France", "Europe/Paris", 77000, at));
        await grains.GetGrain<IVenueGrain>("AQU").RegisterVenueAsync(new RegisterVenue("Paris La Defense Arena", "Europe/Paris", 15000, at));
        await grains.GetGrain<ISessionGrain>("ATH01").ScheduleSessionAsync(new ScheduleSession("ATH", "STA", "Heats", _heats, _heats.AddHours(4),
            [.. Enumerable.Range(1, Heats).Select(i => new PlannedUnit(Heat(i), $"Heat {i}", _heats.AddMinutes(i)))], at));
        await grains.GetGrain<ISessionGrain>("ATH02").ScheduleSessionAsync(new ScheduleSession("ATH", "AQU", "Semi-finals", _semi, _semi.AddHours(2),
            [new PlannedUnit("ATHM100M--------------SFNL0001----", "Semi-final 1", _semi)], at));
        for (var i = 1; i <= Heats; i++)
        {
            var accreditation = grains.GetGrain<IAccreditationGrain>($"{Number(i):D8}");
            await accreditation.ApplyForAccreditationAsync(new ApplyForAccreditation($"Runner {i}", AccreditationCategory.Athlete, "AA01", "FRA", "FRA",
                new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 1), "entry", at));
            await accreditation.ClearVettingAsync(new ClearVetting("cleared", at));
            await accreditation.ApproveAccreditationAsync(new ApproveAccreditation(new Privileges(["STA"], [1, 2], null, true), "athlete", at));
            await accreditation.IssueCardAsync(new IssueCard("printed", at));
            var athlete = grains.GetGrain<IAthleteGrain>(Athlete(i));
            await athlete.RegisterAthleteAsync(new RegisterAthlete("FRA", "Runner", $"Number{i}", AthleteGender.Male, new DateOnly(2000, 1, 1), "ATH", $"{Number(i):D8}", at));
            await athlete.EnterEventAsync(new EnterEvent(Event, at));
        }
    }

    private static string Heat(int i) => string.Create(CultureInfo.InvariantCulture, $"ATHM100M--------------HEAT{i:D4}----");

    private static string Athlete(int i) => (7000 + i).ToString(CultureInfo.InvariantCulture);

    private static int Number(int i) => 60_000_000 + i;
}
