using System.Text.Json;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Accreditations;

namespace Olympics.Orleans.Grains.Tests.Accreditations;

/// <summary>Events compare as what is stored (type and JSON), so lists inside them compare by content.</summary>
internal static class EventAssertions
{
    public static void ShouldBeEvents(this IReadOnlyList<IAccreditationEvent> actual, params IAccreditationEvent[] expected) =>
        actual.Select(Stored).ToArray().ShouldBe(expected.Select(Stored).ToArray());

    private static string Stored(IAccreditationEvent e) => $"{e.GetType().Name} {JsonSerializer.Serialize(e, e.GetType(), EventSerializer.JsonOptions)}";
}
