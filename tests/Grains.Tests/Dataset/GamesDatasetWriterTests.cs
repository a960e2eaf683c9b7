using System.Text.Json;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Tests.Dataset;

/// <summary>The writer puts a Games in a folder: the CSV plus camelCase JSON that other tools read.</summary>
public sealed class GamesDatasetWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("games-").FullName;
    private readonly GamesDataset _games = GamesGenerator.Generate(new GamesSpec(Scale: 0.01));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void It_writes_every_file()
    {
        GamesDatasetWriter.Write(_games, _folder);

        GamesDatasetWriter.Files.ShouldAllBe(f => new FileInfo(Path.Combine(_folder, f)).Length > 0);
        File.ReadLines(Path.Combine(_folder, "accreditations.csv")).Count().ShouldBe(_games.Accreditations.Count + 1);
    }

    [Fact]
    public void Sessions_json_holds_each_session_with_its_units_in_camel_case()
    {
        GamesDatasetWriter.Write(_games, _folder);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_folder, "sessions.json")));
        var sessions = json.RootElement.EnumerateArray().ToList();
        sessions.Count.ShouldBe(_games.Sessions.Count);
        var first = sessions[0];
        first.GetProperty("code").GetString().ShouldBe(_games.Sessions[0].Code);
        first.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("rsc").GetString())
            .ShouldBe(_games.Sessions[0].Units);
    }

    [Fact]
    public void Venues_json_names_each_time_zone()
    {
        GamesDatasetWriter.Write(_games, _folder);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_folder, "venues.json")));
        json.RootElement.EnumerateArray().Single(v => v.GetProperty("code").GetString() == "TAH")
            .GetProperty("timeZone").GetString().ShouldBe("Pacific/Tahiti");
    }

    [Fact]
    public void The_summary_counts_every_kind_and_category()
    {
        var summary = GamesSummary.Of(_games);

        summary.Counts["venues"].ShouldBe(35);
        summary.Counts["accreditations"].ShouldBe(_games.Accreditations.Count);
        summary.Categories.Values.Sum().ShouldBe(_games.Accreditations.Count);
        summary.SessionsPerDay.Values.Sum().ShouldBe(_games.Sessions.Count);
        summary.Lines().ShouldContain(l => l.StartsWith("accreditations", StringComparison.Ordinal));
    }
}
