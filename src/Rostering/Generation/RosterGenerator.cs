using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Generation;

/// <summary>
/// Generates volunteers and shifts, pure and seeded like the Games generator: the same spec and calendar always give
/// the same instance.
/// </summary>
public static class RosterGenerator
{
    /// <summary>An instance over <paramref name="calendar"/> (the Games' schedule), or over a seeded calendar when null.</summary>
    public static RosterInstance Generate(RosterSpec spec, IReadOnlyList<VenueDay>? calendar = null, RosterPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!(spec.Scale > 0 && spec.Scale <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(spec), spec.Scale, "Scale must be above 0 and at most 1.");
        }

        var venues = VenueTable.All;
        var shifts = new ShiftBuilder(spec, venues, new Random(spec.Seed * 17 + 1)).Build(calendar ?? VenueDay.Default(spec));
        var volunteers = new VolunteerBuilder(spec, venues, shifts, new Random(spec.Seed * 17 + 2)).Build();
        return new RosterInstance(spec.Start, spec.Days, venues, volunteers, shifts, policy ?? new RosterPolicy(), new SoftWeights());
    }
}
