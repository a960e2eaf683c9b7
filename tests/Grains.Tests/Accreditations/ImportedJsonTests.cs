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
}
