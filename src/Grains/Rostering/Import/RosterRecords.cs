using System.Globalization;
using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Grains.Rostering.Import;

/// <summary>A generated instance as import rows: what <c>roster generate</c> writes to volunteers.csv and shifts.csv.</summary>
public static class RosterRecords
{
    public static IEnumerable<VolunteerRecord> Volunteers(RosterInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var all = (1UL << instance.Venues.Count) - 1;
        return instance.Volunteers.Select(v => new VolunteerRecord(
            Id(v.Id), v.Region, v.Latitude, v.Longitude, v.Gender.ToString(), Catalogs.Codes(Catalogs.Languages, v.Languages).ToList(),
            Catalogs.Codes(Catalogs.Functions, v.Functions).ToList(),
            v.Availability.Select(w => new AvailabilityWindow(Date(instance, w.Day), RosterFields.Time(w.FromMinute), RosterFields.Time(w.ToMinute))).ToList(),
            (v.Access & all) == all ? ["*"] : Venues(instance, v.Access), v.MaxMinutes / 60, v.CommittedDays, Venues(instance, v.PreferredVenues),
            Catalogs.Codes(Catalogs.Functions, v.PreferredFunctions).ToList(), v.TeamMate >= 0 ? Id(v.TeamMate) : null));
    }

    public static IEnumerable<ShiftRecord> Shifts(RosterInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Shifts.Select(s => new ShiftRecord(
            string.Create(CultureInfo.InvariantCulture, $"S{s.Id:D6}"), instance.Venues[s.Venue].Code, Catalogs.Functions[s.Function], Date(instance, s.Day),
            RosterFields.Time(s.StartMinute), RosterFields.Time(s.EndMinute), s.Demand, Catalogs.Codes(Catalogs.Languages, s.Languages).ToList(),
            string.Create(CultureInfo.InvariantCulture, $"T{s.Team}")));
    }

    private static string Id(int volunteer) => string.Create(CultureInfo.InvariantCulture, $"V{volunteer:D6}");

    private static string Date(RosterInstance instance, int day) => RosterFields.Text(instance.FirstDay.AddDays(day));

    private static List<string> Venues(RosterInstance instance, ulong mask) =>
        instance.Venues.Where((_, i) => (mask & (1UL << i)) != 0).Select(v => v.Code).ToList();
}
