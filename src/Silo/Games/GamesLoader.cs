using System.Globalization;
using System.Text;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Accreditations.Import;
using DatasetCsv = Olympics.Orleans.Grains.Dataset.AccreditationCsv;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Silo.Games;

/// <summary>
/// Loads a generated Games into the silo: venues, sessions and athletes through their grains (so every rule
/// applies), accreditations through the CSV importer. Loading the same Games again changes nothing.
/// </summary>
internal sealed class GamesLoader(IGrainFactory grains, AccreditationImporter importer, IEventStore store, TimeProvider time)
{
    public async Task<ImportReport> LoadAsync(GamesDataset dataset, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var at = time.GetUtcNow();
        var marker = $"games-seed{dataset.Spec.Seed}";
        // The marker is written last: a load that stopped half-way runs again (every command is idempotent).
        if (await store.GetStreamVersionAsync(marker, ct) == 0)
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct };
            progress?.Report($"{dataset.Venues.Count} venues");
            await Parallel.ForEachAsync(dataset.Venues, parallel, async (v, _) => await LoadVenueAsync(v, at));
            progress?.Report($"{dataset.Sessions.Count} sessions");
            var units = dataset.Units.ToDictionary(u => u.Rsc);
            await Parallel.ForEachAsync(dataset.Sessions, parallel, async (s, _) => await LoadSessionAsync(s, units, at));
            progress?.Report($"{dataset.Athletes.Count} athletes");
            await Parallel.ForEachAsync(dataset.Athletes, parallel, async (a, _) => await LoadAthleteAsync(a, at));
            await store.AppendAsync(marker, ExpectedVersion.Any, [EventData.Create("games.seeded.v1", $$"""{"scale":{{dataset.Spec.Scale.ToString(CultureInfo.InvariantCulture)}}}""")], ct);
        }

        progress?.Report($"{dataset.Accreditations.Count} accreditations");
        return await importer.ImportAsync(Csv(dataset.Accreditations), null, ct);
    }

    private async Task LoadVenueAsync(GamesVenue venue, DateTimeOffset at)
    {
        var grain = grains.GetGrain<IVenueGrain>(venue.Code);
        await grain.RegisterVenueAsync(new RegisterVenue(venue.Name, venue.TimeZone, venue.Capacity, at));
        foreach (var zone in venue.Zones)
        {
            await grain.DefineZoneAsync(new DefineZone(zone, string.Create(CultureInfo.InvariantCulture, $"Zone {zone}"), at));
        }
    }

    private Task<SessionView> LoadSessionAsync(CompetitionSession session, Dictionary<string, CompetitionUnit> units, DateTimeOffset at) =>
        grains.GetGrain<ISessionGrain>(session.Code).ScheduleSessionAsync(new ScheduleSession(
            session.Discipline, session.Venue, $"{session.Discipline} session {session.Code[3..]}", session.Start, session.End,
            [.. session.Units.Select(rsc => new PlannedUnit(rsc, units[rsc].Name, units[rsc].Start))], at));

    private async Task LoadAthleteAsync(GamesAthlete athlete, DateTimeOffset at)
    {
        var grain = grains.GetGrain<IAthleteGrain>(athlete.Id.ToString(CultureInfo.InvariantCulture));
        await grain.RegisterAthleteAsync(new RegisterAthlete(
            athlete.Noc, athlete.GivenName, athlete.FamilyName, athlete.Gender == 'W' ? AthleteGender.Female : AthleteGender.Male,
            athlete.BirthDate, athlete.Discipline, athlete.Accreditation.ToString("D8", CultureInfo.InvariantCulture), at));
        foreach (var eventRsc in athlete.Events)
        {
            await grain.EnterEventAsync(new EnterEvent(eventRsc, at));
        }
    }

    private static MemoryStream Csv(IEnumerable<GamesAccreditation> accreditations)
    {
        var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
        {
            DatasetCsv.Write(writer, accreditations);
        }

        buffer.Position = 0;
        return buffer;
    }
}
