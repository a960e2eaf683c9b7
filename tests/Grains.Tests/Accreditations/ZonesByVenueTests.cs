using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Grains.Accreditations;
using Olympics.Orleans.Grains.Accreditations.Gate;
using static Olympics.Orleans.Grains.Tests.Accreditations.Histories;

namespace Olympics.Orleans.Grains.Tests.Accreditations;

/// <summary>Zones per venue: the field of play at one venue only, the card's general zones elsewhere.</summary>
public sealed class ZonesByVenueTests
{
    private static readonly DateTimeOffset _paris = new(2024, 8, 2, 10, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public void Zones_given_for_a_venue_replace_the_card_zones_there_only()
    {
        var privileges = new Privileges(["BCY", "STA"], [1, 2], null, false, new Dictionary<string, IReadOnlyList<int>> { ["STA"] = [7] });
        var entry = GateEntry.From(Given([.. Of("issued"), new PrivilegesChanged(PrivilegeRules.Normalise(privileges), "field of play at STA", At)]));

        GateRules.Check(entry, null, "STA", 7, _paris).Reason.ShouldBe(GateReason.Allowed);
        GateRules.Check(entry, null, "STA", 1, _paris).Reason.ShouldBe(GateReason.ZoneNotGranted);
        GateRules.Check(entry, null, "BCY", 1, _paris).Reason.ShouldBe(GateReason.Allowed);
        GateRules.Check(entry, null, "BCY", 7, _paris).Reason.ShouldBe(GateReason.ZoneNotGranted);
    }

    [Fact]
    public void Zones_for_a_venue_the_card_does_not_grant_are_refused_naming_the_field()
    {
        var privileges = new Privileges(["STA"], [1], null, false, new Dictionary<string, IReadOnlyList<int>> { ["TAH"] = [3] });

        var error = Should.Throw<InvalidCommandException>(() => AccreditationDecider.Decide(new ChangePrivileges(privileges, "x", At), State("issued")));

        error.Field.ShouldBe("privileges.zonesByVenue");
        error.Reason.ShouldContain("TAH");
    }

    [Fact]
    public void Changing_only_the_zones_of_one_venue_is_a_change_and_repeating_it_is_not()
    {
        var once = new Privileges(["BCY", "STA"], [1, 2], null, false, new Dictionary<string, IReadOnlyList<int>> { ["STA"] = [7] });
        var state = Given([.. Of("issued")]);

        var events = AccreditationDecider.Decide(new ChangePrivileges(once, "field of play", At), state);

        events.ShouldHaveSingleItem().ShouldBeOfType<PrivilegesChanged>();
        AccreditationDecider.Decide(new ChangePrivileges(once, "again", At), Given([.. Of("issued"), .. events])).ShouldBeEmpty();
    }
}
