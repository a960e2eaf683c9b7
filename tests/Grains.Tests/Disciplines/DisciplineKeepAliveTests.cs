using System.Reflection;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.Disciplines;

namespace Olympics.Orleans.Grains.Tests.Disciplines;

/// <summary>A results system that speaks for a discipline: its keep-alives are recorded as a venue's are.</summary>
public sealed class DisciplineKeepAliveTests
{
    private static readonly DateTimeOffset _at = new(2024, 7, 26, 17, 30, 0, TimeSpan.Zero);

    private static Discipline Given(params IDisciplineEvent[] events) => events.Aggregate(Discipline.None, Discipline.Evolve);

    [Fact]
    public void The_first_keep_alive_is_recorded_with_no_registration_before_it()
    {
        var events = DisciplineDecider.Decide("ATH", new RecordKeepAlive("SEQ_ATH", _at), Given());

        events.ShouldBe([new DisciplineKeepAliveRecorded("ATH", "SEQ_ATH", _at)]);
        Given([.. events]).ShouldBe(new Discipline("ATH", _at, "SEQ_ATH"));
    }

    [Fact]
    public void A_repeated_or_older_keep_alive_changes_nothing_and_a_later_one_moves_it_on()
    {
        var state = Given(new DisciplineKeepAliveRecorded("ATH", "SEQ_ATH", _at));

        DisciplineDecider.Decide("ATH", new RecordKeepAlive("SEQ_ATH", _at), state).ShouldBeEmpty();
        DisciplineDecider.Decide("ATH", new RecordKeepAlive("SEQ_ATH", _at.AddSeconds(-5)), state).ShouldBeEmpty();
        DisciplineDecider.Decide("ATH", new RecordKeepAlive("SEQ_ATH_B", _at.AddSeconds(5)), state)
            .ShouldBe([new DisciplineKeepAliveRecorded("ATH", "SEQ_ATH_B", _at.AddSeconds(5))]);
    }

    [Theory]
    [InlineData("ath", "code")]
    [InlineData("ATHM", "code")]
    public void A_code_that_is_not_a_discipline_names_the_field(string code, string field) =>
        Should.Throw<InvalidCommandException>(() => DisciplineDecider.Decide(code, new RecordKeepAlive("SEQ_ATH", _at), Given())).Field.ShouldBe(field);

    [Fact]
    public void A_malformed_source_names_the_field() =>
        Should.Throw<InvalidCommandException>(() => DisciplineDecider.Decide("ATH", new RecordKeepAlive("SEQ ATH", _at), Given())).Field.ShouldBe("source");

    [Theory]
    [InlineData(typeof(DisciplineKeepAliveRecorded), "discipline.keep-alive-recorded.v1")]
    [InlineData(typeof(Discipline), "discipline.state.v1")]
    public void Each_type_keeps_its_stored_name(Type type, string name) =>
        type.GetCustomAttribute<EventNameAttribute>()!.Name.ShouldBe(name);
}
