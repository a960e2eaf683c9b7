using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Grains.Athletes;

namespace Olympics.Orleans.Grains.Tests.Athletes;

internal static class AthleteFixtures
{
    public const string Men100 = "ATHM100M--------------------------";
    public const string Women100 = "ATHW100M--------------------------";
    public const string SemiPhase = "ATHM100M--------------SFNL--------";
    public const string FinalPhase = "ATHM100M--------------FNL---------";
    public static readonly DateTimeOffset At = new(2024, 8, 4, 12, 0, 0, TimeSpan.Zero);

    public static readonly AthleteRegistered Registered =
        new("1001", "JAM", "Kishane", "Thompson", AthleteGender.Male, new DateOnly(2001, 5, 31), "ATH", "12345678", At);

    public static RegisterAthlete Register() =>
        new("JAM", "Kishane", "Thompson", AthleteGender.Male, new DateOnly(2001, 5, 31), "ATH", "12345678", At);

    public static Athlete Given(params IAthleteEvent[] events) => events.Aggregate(Athlete.Unregistered, Athlete.Evolve);

    public static Athlete Entered() => Given(Registered, new AthleteEntered(Men100, At));

    public static Athlete Apply(this Athlete state, IEnumerable<IAthleteEvent> events) => events.Aggregate(state, Athlete.Evolve);
}
