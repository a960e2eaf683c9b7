using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Checking;

/// <summary>The hard constraints of one person on one shift: function, languages, access, travel, availability.</summary>
internal static class ShiftRules
{
    public static void Check(RosterInstance instance, Volunteer v, Shift s, PlanChecker.Found found)
    {
        if ((v.Functions & (1 << s.Function)) == 0)
        {
            found.Add(ViolationKind.Function, v.Id, s.Id, $"not trained for {Catalogs.Functions[s.Function]}");
        }

        if ((v.Languages & s.Languages) != s.Languages)
        {
            found.Add(ViolationKind.Language, v.Id, s.Id, "does not speak a required language");
        }

        if ((v.Access & (1UL << s.Venue)) == 0)
        {
            found.Add(ViolationKind.Access, v.Id, s.Id, $"accreditation does not open {instance.Venues[s.Venue].Code}");
        }

        var km = Geo.Km(v, instance.Venues[s.Venue]);
        if (km > instance.Policy.MaxTravelKm)
        {
            found.Add(ViolationKind.Travel, v.Id, s.Id, $"lives {km:F0} km from {instance.Venues[s.Venue].Code}");
        }

        var window = v.WindowOn(s.Day);
        if (window is null || s.StartMinute < window.Value.FromMinute || s.EndMinute > window.Value.ToMinute)
        {
            found.Add(ViolationKind.Availability, v.Id, s.Id, $"not available on day {s.Day} at those hours");
        }
    }
}
