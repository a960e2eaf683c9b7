using System.Globalization;
using Olympics.Orleans.Grains.Accreditations.Gate;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// A fixed mix of gate checks over the import CSV's accreditations at Games time in Paris: mostly a venue and zone on the
/// card (as at a real gate), one in five a random venue and zone, one in eleven numbers unknown.
/// </summary>
internal static class GateCheckQueries
{
    public const int Count = 1 << 16;

    public readonly record struct Query(CardReference Card, string Venue, int Zone, DateTimeOffset At, string Url);

    public static Query[] Build(int accreditations)
    {
        var random = new Random(2024);
        var paris = TimeSpan.FromHours(2);
        return [.. Enumerable.Range(0, Count).Select(_ =>
        {
            var number = random.Next(1, accreditations + (accreditations / 10));
            var onCard = random.Next(5) > 0;
            var venue = onCard ? ImportCsv.VenueOf(number - 1) : ImportCsv.Venues[random.Next(ImportCsv.Venues.Length)];
            var zone = onCard ? random.Next(1, 3) : random.Next(1, 11);
            var at = new DateTimeOffset(2024, 7, 26, 6, 0, 0, paris).AddMinutes(random.Next(17 * 24 * 60));
            var url = string.Create(CultureInfo.InvariantCulture, $"/gate/check?accreditation={number:D8}&venue={venue}&zone={zone}&at={Uri.EscapeDataString(at.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture))}");
            return new Query(new CardReference(number, null), venue, zone, at, url);
        })];
    }
}
