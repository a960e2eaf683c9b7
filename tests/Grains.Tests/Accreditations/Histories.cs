using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Grains.Accreditations;

namespace Olympics.Orleans.Grains.Tests.Accreditations;

/// <summary>Named histories for decider tests: the events that bring an accreditation to each status.</summary>
internal static class Histories
{
    public static readonly DateTimeOffset At = new(2024, 7, 20, 8, 0, 0, TimeSpan.Zero);
    public static readonly Privileges Granted = new(["BCY", "STA"], [1, 2], "T1", true);
    public static readonly AccreditationApplied Applied = new(
        "00012345", "Léon Marchand", AccreditationCategory.Athlete, "AA01", "FRA", "FFN", new(2024, 7, 18), new(2024, 8, 14), "entry list", At);

    public static readonly VettingCleared Cleared = new("no record", At);
    public static readonly AccreditationApproved Approved = new(Granted, "team entry", At);
    public static readonly CardIssued Issued = new(1, "printed", At);

    public static IAccreditationEvent[] Of(string name) => name switch
    {
        "none" => [],
        "applied" => [Applied],
        "cleared" => [Applied, Cleared],
        "refused" => [Applied, new VettingRefused("record found", At)],
        "approved" => [Applied, Cleared, Approved],
        "issued" => [Applied, Cleared, Approved, Issued],
        "validated" => [Applied, Cleared, Approved, Issued, new ArrivalValidated("passport", "12AB34567", "arrived CDG", At)],
        "suspended" => [Applied, Cleared, Approved, Issued, new AccreditationSuspended("incident", At)],
        "cancelled" => [Applied, Cleared, Approved, Issued, new AccreditationCancelled("withdrawn", At)],
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static Accreditation Given(params IAccreditationEvent[] events) => events.Aggregate(Accreditation.None, Accreditation.Evolve);

    public static Accreditation State(string name) => Given(Of(name));

    public static Accreditation Then(Accreditation state, IReadOnlyList<IAccreditationEvent> events) => events.Aggregate(state, Accreditation.Evolve);
}
