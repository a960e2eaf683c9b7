using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
namespace Olympics.Orleans.Grains.Dataset;

/// <summary>
/// How many accreditations of each function a full Games issues besides the athletes' own (AA01, one per
/// athlete): 589,500 here, 600,000 in all with 10,500 athletes. Media make 26,000, volunteers 45,000.
/// </summary>
internal sealed record AccreditationQuota(AccreditationCategory Category, string Function, int Count)
{
    public static IReadOnlyList<AccreditationQuota> Others { get; } =
    [
        new(AccreditationCategory.Athlete, "AP01", 600),
        new(AccreditationCategory.TeamOfficial, "AO01", 6_500),
        new(AccreditationCategory.Media, "E", 11_000),
        new(AccreditationCategory.Media, "EP", 4_500),
        new(AccreditationCategory.Media, "ET", 5_500),
        new(AccreditationCategory.Media, "EC", 3_000),
        new(AccreditationCategory.Media, "ENR", 2_000),
        new(AccreditationCategory.Broadcaster, "RT", 20_000),
        new(AccreditationCategory.TechnicalOfficial, "TO", 5_000),
        new(AccreditationCategory.IfStaff, "IF", 3_500),
        new(AccreditationCategory.NocStaff, "NOC", 8_000),
        new(AccreditationCategory.Volunteer, "VOL", 45_000),
        new(AccreditationCategory.Workforce, "WF", 150_000),
        new(AccreditationCategory.Contractor, "CON", 324_900),
    ];
}
