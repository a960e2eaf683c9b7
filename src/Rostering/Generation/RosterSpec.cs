namespace Olympics.Orleans.Rostering.Generation;

/// <summary>
/// What to generate. The seed decides every random choice; at scale 1 there are 45,000 volunteers and about 150,000
/// shifts (about 500,000 places), Paris 2024's figures.
/// </summary>
/// <param name="FirstDay">Day 0 of the roster: three set-up days before the first competition day.</param>
public sealed record RosterSpec(int Seed = 2024, double Scale = 1.0, DateOnly FirstDay = default, int Days = 22)
{
    public const int FullVolunteers = 45_000;
    public const int FullShifts = 150_000;

    /// <summary>Day 0, Paris 2024's (three days before football's first matches) when none was given.</summary>
    public DateOnly Start => FirstDay == default ? new DateOnly(2024, 7, 21) : FirstDay;

    public int Volunteers => Math.Max(4, (int)Math.Round(FullVolunteers * Scale));

    public int Shifts => Math.Max(4, (int)Math.Round(FullShifts * Scale));
}
