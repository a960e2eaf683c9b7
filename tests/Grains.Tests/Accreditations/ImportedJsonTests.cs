using System.Text.Json;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Accreditations;
using Olympics.Orleans.Grains.Accreditations.Import;

namespace Olympics.Orleans.Grains.Tests.Accreditations;

/// <summary>The importer's JSON writer stores exactly what the event serializer stores, so existing events and new ones read alike.</summary>
public sealed class ImportedJsonTests
{
    private static readonly DateTimeOffset _at = new(2026, 12, 7, 22, 46, 37, TimeSpan.Zero);

    private static readonly AccreditationImported[] _events =
    [
        new("00000001", "Marchand, Léon", AccreditationCategory.Athlete, "AA01", "FRA", "Fédération \"FFN\"", new(2024, 7, 18), new(2024, 8, 14),
            new Privileges(["BCY", "STA"], [1, 2], "T1", true), "bulk import", _at.AddTicks(1_234_567)),
        new("12345678", "O'Brien <&> \\ \u00e9\u4e2d\t", AccreditationCategory.Media, "MP02", null, null, new(2024, 1, 1), new(2024, 12, 31),
            new Privileges([Privileges.AllVenues], [], null, false), "bulk import", _at.ToOffset(TimeSpan.FromHours(2))),
        new("99999999", "N", AccreditationCategory.TechnicalOfficial, "OF01", "USA", "", new(2024, 7, 1), new(2024, 7, 1),
            new Privileges(["STA"], [0, 999], "T3", false, new Dictionary<string, IReadOnlyList<int>> { ["STA"] = [5] }), "reason", _at),
    ];

    public static TheoryData<AccreditationImported> Events() => [.. _events];

    [Theory]
    [MemberData(nameof(Events))]
    public void The_importer_writes_an_event_as_the_serializer_does(AccreditationImported imported)
    {
        var expected = JsonSerializer.Serialize(imported, EventSerializer.JsonOptions);

        new ImportedJson().Write(imported).ShouldBe(expected);
    }

    [Fact]
    public void One_writer_reused_for_many_events_writes_each_on_its_own()
    {
        var json = new ImportedJson();
        foreach (var imported in _events.Concat(_events))
        {
            json.Write(imported).ShouldBe(JsonSerializer.Serialize(imported, EventSerializer.JsonOptions));
        }
    }

    // What PostgreSQL's jsonb gives back: keys reordered, spaces after separators, non-ASCII unescaped.
    private const string FromJsonb =
        """{"at": "2026-12-07T22:46:37.1234567+00:00", "noc": "FRA", "name": "Marchand, Léon", "number": "00000001", "reason": "bulk import", "category": "Athlete", "function": "AA01", "validFrom": "2024-07-18", "privileges": {"zones": [1, 2], "dining": true, "venues": ["BCY", "STA"], "transport": "T1", "zonesByVenue": null, "coversAllVenues": false}, "validUntil": "2024-08-14", "organisation": null}""";

    [Fact]
    public void The_reader_reads_what_the_writer_wrote_as_the_serializer_does()
    {
        foreach (var imported in _events.Where(e => e.Privileges.ZonesByVenue is null))
        {
            var json = new ImportedJson().Write(imported);

            var read = ImportedJson.TryRead(json).ShouldNotBeNull();

            JsonSerializer.Serialize(read, EventSerializer.JsonOptions).ShouldBe(json);
        }
    }

    [Fact]
    public void The_reader_reads_the_stored_shape_as_jsonb_returns_it()
    {
        var expected = JsonSerializer.Deserialize<AccreditationImported>(FromJsonb, EventSerializer.JsonOptions)!;

        var read = ImportedJson.TryRead(FromJsonb).ShouldNotBeNull();

        JsonSerializer.Serialize(read, EventSerializer.JsonOptions).ShouldBe(JsonSerializer.Serialize(expected, EventSerializer.JsonOptions));
    }

    [Theory]
    [InlineData("\"category\": \"Athlete\"", "\"Category\": \"Athlete\"")]
    [InlineData("\"category\": \"Athlete\"", "\"category\": \"athlete\"")]
    [InlineData("\"category\": \"Athlete\"", "\"category\": 0")]
    [InlineData("\"zones\": [1, 2]", "\"zones\": [\"1\", 2]")]
    [InlineData("\"zonesByVenue\": null", "\"zonesByVenue\": {\"STA\": [5]}")]
    [InlineData("\"organisation\": null", "\"organisation\": null, \"extra\": 1")]
    [InlineData(", \"noc\": \"FRA\"", "")]
    public void Any_other_shape_is_left_to_the_serializer_which_reads_it_as_before(string part, string replacement)
    {
        var json = FromJsonb.Replace(part, replacement, StringComparison.Ordinal);
        json.ShouldNotBe(FromJsonb);
        var plain = new EventSerializer().RegisterAssemblies(typeof(AccreditationGrain).Assembly);
        var withReader = new EventSerializer().RegisterAssemblies(typeof(AccreditationGrain).Assembly).RegisterReader("accreditation.imported.v1", ImportedJson.TryRead);

        ImportedJson.TryRead(json).ShouldBeNull();
        JsonSerializer.Serialize(withReader.Deserialize("accreditation.imported.v1", json), EventSerializer.JsonOptions)
            .ShouldBe(JsonSerializer.Serialize(plain.Deserialize("accreditation.imported.v1", json), EventSerializer.JsonOptions));
    }
}
