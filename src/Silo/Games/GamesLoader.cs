using System.Globalization;
using System.Text;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.Contracts.Venues;
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
    private static readonly ParallelOptions _parallel = new() { MaxDegreeOfParallelism = 16 };

    public async Task<ImportReport> LoadAsync(GamesDataset dataset, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var at = time.GetUtcNow();
        if (await store.GetStreamVersionAsync($"venue-{dataset.Venues[0].Code}", ct) == 0)
        {
            progress?.Report($"{dataset.Venues.Count} venues");
            await Parallel.ForEachAsync(dataset.Venues, _parallel, async (v, _) => await LoadVenueAsync(v, at));
            progress?.Report($"{dataset.Sessions.Count} sessions");
            var units = dataset.Units.ToDictionary(u => u.Rsc);
            await Parallel.ForEachAsync(dataset.Sessions, _parallel, async (s, _) => await LoadSessionAsync(s, units, at));
            progress?.Report($"{dataset.Athletes.Count} athletes");
            await Parallel.ForEachAsync(dataset.Athletes, _parallel, async (a, _) => await LoadAthleteAsync(a, at));
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
