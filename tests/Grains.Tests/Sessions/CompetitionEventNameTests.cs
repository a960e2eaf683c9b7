using System.Reflection;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Athletes;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Grains.Venues;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>The stored names of the competition streams are the contract with the Games' history and with other processes.</summary>
public sealed class CompetitionEventNameTests
{
    [Theory]
    [InlineData(typeof(ISessionEvent), "session.")]
    [InlineData(typeof(IAthleteEvent), "athlete.")]
    [InlineData(typeof(IVenueEvent), "venue.")]
    public void Every_event_of_a_stream_has_a_stored_name_in_its_category(Type marker, string prefix)
    {
        var events = marker.Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && marker.IsAssignableFrom(t)).ToList();

        events.ShouldNotBeEmpty();
        events.Select(t => t.GetCustomAttribute<EventNameAttribute>()?.Name).ShouldAllBe(n => n != null && n.StartsWith(prefix));
    }

    [Fact]
    public void The_results_event_keeps_the_name_and_shape_the_qualification_process_reads()
    {
        typeof(UnitResultRecorded).GetCustomAttribute<EventNameAttribute>()!.Name.ShouldBe("session.unit-result-recorded.v1");
        typeof(UnitResultRecorded).GetConstructors().Single().GetParameters().Select(p => $"{p.ParameterType.Name} {p.Name}")
            .ShouldBe(["String Unit", "ResultStatus Status", "IReadOnlyList`1 Results", "String Note", "DateTimeOffset At", "Nullable`1 OdfVersion", "Nullable`1 OdfCurrentVersion",
                "IReadOnlyList`1 Notes"]);
    }
}
