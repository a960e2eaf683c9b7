using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using System.Text;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Tests.Dataset;

/// <summary>accreditations.csv is the importer's contract: the header, the field formats and RFC 4180 quoting.</summary>
public sealed class AccreditationCsvTests
{
    private static readonly GamesAccreditation[] _cards =
    [
        new(12345678, "Léa O'Brien", AccreditationCategory.Media, "EP", "FRA", "Dow Jones & Company, Inc.",
            new DateOnly(2024, 7, 14), new DateOnly(2024, 8, 13), false, ["BCY", "STA"], [1, 4, 5], "TM", false),
        new(10000001, "Wei Wang", AccreditationCategory.Workforce, "WF", "", "\"Sport-Express\" Daily",
            new DateOnly(2024, 6, 26), new DateOnly(2024, 9, 11), true, [], [], "", true),
        new(99999999, "Kim, Min-jun", AccreditationCategory.Athlete, "AA01", "KOR", "Republic of Korea Olympic Committee",
            new DateOnly(2024, 7, 24), new DateOnly(2024, 8, 2), false, ["TAH"], [1, 2, 3], "TA", true),
    ];

    [Fact]
    public void The_header_is_exactly_the_agreed_one() =>
        Write(_cards).Split('\n')[0].ShouldBe("number,name,category,function,noc,organisation,valid_from,valid_until,venues,zones,transport,dining");

    [Theory]
    [InlineData("Reuters", "Reuters")]
    [InlineData("Dow Jones & Company, Inc.", "\"Dow Jones & Company, Inc.\"")]
    [InlineData("\"Sport-Express\" Daily", "\"\"\"Sport-Express\"\" Daily\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted(string value, string written) =>
        AccreditationCsv.Escape(value).ShouldBe(written);

    [Fact]
    public void A_row_is_written_in_the_agreed_formats() =>
        Write(_cards).Split('\n')[1].ShouldBe(
            "12345678,Léa O'Brien,Media,EP,FRA,\"Dow Jones & Company, Inc.\",2024-07-14,2024-08-13,BCY|STA,1|4|5,TM,N");

    [Fact]
    public void Rows_read_back_give_the_written_accreditations()
    {
        var lines = Write(_cards).TrimEnd('\n').Split('\n').Skip(1).ToList();

        lines.Count.ShouldBe(3);
        lines.Select(Parse).Select(Comparable).ShouldBe(_cards.Select(Comparable));
    }

    [Fact]
    public void A_generated_file_has_the_header_and_one_line_per_accreditation()
    {
        var games = GamesGenerator.Generate(new GamesSpec(Scale: 0.01));

        var lines = Write(games.Accreditations).TrimEnd('\n').Split('\n');

        lines.Length.ShouldBe(games.Accreditations.Count + 1);
        lines.Skip(1).Select(Parse).Select(Comparable).SequenceEqual(games.Accreditations.Select(Comparable)).ShouldBeTrue();
    }

    // Records compare lists by reference; this compares them by content.
    private static string Comparable(GamesAccreditation card) =>
        (card with { Venues = [], Zones = [] }) + string.Join('|', card.Venues) + "/" + string.Join('|', card.Zones);

    private static string Write(IEnumerable<GamesAccreditation> cards)
    {
        var text = new StringWriter();
        AccreditationCsv.Write(text, cards);
        return text.ToString();
    }

    private static GamesAccreditation Parse(string line)
    {
        var f = CsvLine.Fields(line);
        f.Count.ShouldBe(12);
        return new GamesAccreditation(
            int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture), f[1], Enum.Parse<AccreditationCategory>(f[2]), f[3], f[4], f[5],
            DateOnly.ParseExact(f[6], "yyyy-MM-dd"), DateOnly.ParseExact(f[7], "yyyy-MM-dd"), f[8] == "ALL",
            f[8] is "ALL" or "" ? [] : f[8].Split('|'), f[9].Length == 0 ? [] : f[9].Split('|').Select(int.Parse).ToArray(),
            f[10], f[11] == "Y");
    }
}
