using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Grains.Athletes;
using static Olympics.Orleans.Grains.Tests.Athletes.AthleteFixtures;

namespace Olympics.Orleans.Grains.Tests.Athletes;

public sealed class AthleteRegistrationTests
{
    [Fact]
    public void Registering_a_new_athlete_records_the_details() =>
        AthleteDecider.Decide("1001", Register() with { GivenName = " Kishane " }, Given()).ShouldBe([Registered]);

    [Fact]
    public void Registering_again_with_the_same_details_changes_nothing() =>
        AthleteDecider.Decide("1001", Register(), Entered()).ShouldBeEmpty();

    [Fact]
    public void Registering_again_with_other_details_is_refused() =>
        Should.Throw<CommandRejectedException>(() => AthleteDecider.Decide("1001", Register() with { Noc = "USA" }, Given(Registered)))
            .Message.ShouldContain("already registered");

    [Theory]
    [InlineData("10-01", "id")]
    [InlineData("1001", "noc")]
    [InlineData("1001", "givenName")]
    [InlineData("1001", "familyName")]
    [InlineData("1001", "birthDate")]
    [InlineData("1001", "discipline")]
    [InlineData("1001", "accreditationNumber")]
    [InlineData("1001", "gender")]
    public void A_malformed_registration_names_the_field(string id, string field)
    {
        var command = field switch
        {
            "noc" => Register() with { Noc = "Jamaica" },
            "givenName" => Register() with { GivenName = " " },
            "familyName" => Register() with { FamilyName = new string('x', 101) },
            "birthDate" => Register() with { BirthDate = new DateOnly(2030, 1, 1) },
            "discipline" => Register() with { Discipline = "athletics" },
            "accreditationNumber" => Register() with { AccreditationNumber = "1234567" },
            "gender" => Register() with { Gender = (AthleteGender)7 },
            _ => Register(),
        };

        Should.Throw<InvalidCommandException>(() => AthleteDecider.Decide(id, command, Given())).Field.ShouldBe(field);
    }

    [Fact]
    public void Entering_an_event_records_the_entry_as_entered()
    {
        var entered = Given(Registered).Apply(AthleteDecider.Decide(new EnterEvent(Men100, At), Given(Registered)));

        entered.Entries.ShouldHaveSingleItem().ShouldBe(entered.Entry(Men100));
        entered.Entry(Men100)!.Status.ShouldBe(EntryStatus.Entered);
    }

    [Fact]
    public void Entering_the_same_event_again_changes_nothing() =>
        AthleteDecider.Decide(new EnterEvent(Men100, At), Entered()).ShouldBeEmpty();

    [Theory]
    [InlineData(Women100, "cannot enter")]
    [InlineData("SWMM100MFR------------------------", "competes in ATH")]
    public void Entering_an_event_of_another_gender_or_discipline_is_refused(string @event, string reason) =>
        Should.Throw<CommandRejectedException>(() => AthleteDecider.Decide(new EnterEvent(@event, At), Given(Registered))).Message.ShouldContain(reason);

    [Theory]
    [InlineData("ATHM100M--------------FNL---------")]
    [InlineData("ATHM100M--------------FNL-000100--")]
    [InlineData("ATHM------------------------------")]
    [InlineData("ATHM100M")]
    public void Only_an_event_level_rsc_is_an_event(string @event) =>
        Should.Throw<InvalidCommandException>(() => AthleteDecider.Decide(new EnterEvent(@event, At), Given(Registered))).Field.ShouldBe("event");

    [Fact]
    public void Commands_for_an_athlete_never_registered_are_refused() =>
        Should.Throw<CommandRejectedException>(() => AthleteDecider.Decide(new EnterEvent(Men100, At), Given())).Message.ShouldBe("The athlete is not registered.");
}
