using System.Text;
using System.Text.Json;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Accreditations.Gate;

/// <summary>
/// The saved form of the gate's read model: a compact binary record per entry (600,000 of them load in about a
/// second, where JSON lines took five), with the rare nested parts (time windows, zones by venue) as JSON.
/// Change <see cref="AccreditationsView.Shape"/> with any change here.
/// </summary>
internal static class GateEntryFormat
{
    public static void Write(Stream destination, IEnumerable<GateEntry> entries)
    {
        using var w = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true);
        foreach (var e in entries)
        {
            w.Write(true);
            w.Write(e.Number);
            w.Write(e.Name);
            w.Write((int)e.Category);
            w.Write(e.Function);
            WriteOptional(w, e.Noc);
            w.Write((int)e.Status);
            w.Write(e.SuspendedFrom is { } from ? (int)from : -1);
            w.Write(e.Card);
            w.Write(e.ValidFrom.DayNumber);
            w.Write(e.ValidUntil.DayNumber);
            w.Write(e.Venues.Length);
            foreach (var venue in e.Venues)
            {
                w.Write(venue);
            }

            w.Write(e.Zones.Length);
            foreach (var zone in e.Zones)
            {
                w.Write(zone);
            }

            WriteOptional(w, e.Transport);
            w.Write(e.Dining);
            WriteOptional(w, e.Windows.Length == 0 ? null : JsonSerializer.Serialize(e.Windows, EventSerializer.JsonOptions));
            WriteOptional(w, e.ZonesByVenue is null ? null : JsonSerializer.Serialize(e.ZonesByVenue, EventSerializer.JsonOptions));
        }

        w.Write(false);
    }

    public static IEnumerable<GateEntry> Read(Stream source)
    {
        using var r = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
        while (r.ReadBoolean())
        {
            var (number, name, category, function, noc, status, suspendedFrom, card) =
                (r.ReadInt32(), r.ReadString(), (AccreditationCategory)r.ReadInt32(), string.Intern(r.ReadString()), Intern(ReadOptional(r)),
                (AccreditationStatus)r.ReadInt32(), r.ReadInt32(), r.ReadInt32());
            var (validFrom, validUntil) = (DateOnly.FromDayNumber(r.ReadInt32()), DateOnly.FromDayNumber(r.ReadInt32()));
            var venues = new string[r.ReadInt32()];
            for (var i = 0; i < venues.Length; i++)
            {
                venues[i] = string.Intern(r.ReadString());
            }

            var zones = new int[r.ReadInt32()];
            for (var i = 0; i < zones.Length; i++)
            {
                zones[i] = r.ReadInt32();
            }

            var (transport, dining) = (Intern(ReadOptional(r)), r.ReadBoolean());
            var windows = ReadOptional(r) is { } json ? JsonSerializer.Deserialize<TimeWindow[]>(json, EventSerializer.JsonOptions)! : [];
            var byVenue = ReadOptional(r) is { } map ? JsonSerializer.Deserialize<Dictionary<string, IReadOnlyList<int>>>(map, EventSerializer.JsonOptions) : null;
            yield return new GateEntry(number, name, category, function, noc, status, suspendedFrom < 0 ? null : (AccreditationStatus)suspendedFrom, card,
                validFrom, validUntil, venues, zones, transport, dining, [.. windows.Select(x => x with { Venue = string.Intern(x.Venue) })], byVenue);
        }
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static string? Intern(string? value) => value is null ? null : string.Intern(value);
}
