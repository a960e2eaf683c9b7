using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Grains.Accreditations;
using Olympics.Orleans.Grains.Accreditations.Gate;
using static Olympics.Orleans.Grains.Tests.Accreditations.Histories;

namespace Olympics.Orleans.Grains.Tests.Accreditations;

/// <summary>One test per gate answer. The card (issued, valid 18 July to 14 August) gives BCY and STA, zones 1 and 2.</summary>
public sealed class GateRulesTests
{
    private static readonly DateTimeOffset _paris = new(2024, 8, 2, 10, 0, 0, TimeSpan.FromHours(2));
    private static readonly GateEntry _issued = Entry("issued");

    private static GateEntry Entry(string history, params IAccreditationEvent[] more) => GateEntry.From(Given([.. Of(history), .. more]));

    private static GateReason Check(GateEntry? entry, string venue = "STA", int? zone = 1, DateTimeOffset? at = null, int? card = null) =>
        GateRules.Check(entry, card, venue, zone, at ?? _paris).Reason;

    [Fact]
    public void A_card_with_the_venue_and_zone_on_it_is_allowed()
    {
        GateRules.Check(_issued, null, "STA", 2, _paris).ShouldBe(new GateDecision(true, GateReason.Allowed, "Entry allowed."));
        Check(_issued, zone: null).ShouldBe(GateReason.Allowed);
        Check(_issued, card: 1).ShouldBe(GateReason.Allowed);
    }

    [Fact]
    public void An_unknown_number_or_card_is_unknown()
    {
        Check(null).ShouldBe(GateReason.Unknown);
        Check(_issued, card: 2).ShouldBe(GateReason.Unknown);
    }

    [Fact]
    public void The_card_a_reissue_replaced_is_refused_while_the_new_one_works()
    {
        var reissued = Entry("issued", new CardReissued(1, 2, "lost", At));

        Check(reissued, card: 1).ShouldBe(GateReason.CardReplaced);
        Check(reissued, card: 2).ShouldBe(GateReason.Allowed);
    }

    [Fact]
    public void A_cancelled_accreditation_is_refused() => Check(Entry("cancelled")).ShouldBe(GateReason.Cancelled);

    [Fact]
    public void A_suspended_accreditation_is_refused_and_reinstating_lets_it_in_again()
    {
        Check(Entry("suspended")).ShouldBe(GateReason.Suspended);
        Check(Entry("suspended", new AccreditationReinstated(AccreditationStatus.CardIssued, "ok", At))).ShouldBe(GateReason.Allowed);
    }

    [Theory]
    [InlineData("applied")]
    [InlineData("refused")]
    [InlineData("approved")]
    public void Without_a_card_the_gate_says_not_issued(string history) => Check(Entry(history)).ShouldBe(GateReason.NotIssued);

    [Fact]
    public void A_validated_card_is_allowed() => Check(Entry("validated")).ShouldBe(GateReason.Allowed);

    [Fact]
    public void Before_the_first_valid_day_is_not_yet_valid() =>
        Check(_issued, at: new DateTimeOffset(2024, 7, 17, 23, 59, 0, TimeSpan.FromHours(2))).ShouldBe(GateReason.NotYetValid);

    [Fact]
    public void After_the_last_valid_day_is_expired() =>
        Check(_issued, at: new DateTimeOffset(2024, 8, 15, 0, 0, 0, TimeSpan.FromHours(2))).ShouldBe(GateReason.Expired);

    [Fact]
    public void Validity_days_are_read_in_the_venue_time_zone_whatever_offset_the_gate_sends()
    {
        // 23:00 on 14 August in Tahiti (UTC-10) is already 15 August in Paris and in UTC.
        var tahitiEvening = new DateTimeOffset(2024, 8, 14, 23, 0, 0, TimeSpan.FromHours(-10));
        var tahiti = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Tahiti");
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var allVenues = Entry("issued", new PrivilegesChanged(new(["ALL"], [1], null, false), "upgrade", At));

        GateRules.Check(allVenues, null, "TAH", 1, tahitiEvening, tahiti).Reason.ShouldBe(GateReason.Allowed);
        GateRules.Check(allVenues, null, "TAH", 1, tahitiEvening.ToUniversalTime(), tahiti).Reason.ShouldBe(GateReason.Allowed);
        GateRules.Check(allVenues, null, "BCY", 1, tahitiEvening, paris).Reason.ShouldBe(GateReason.Expired);
    }

    [Fact]
    public void A_venue_not_on_the_card_and_in_no_window_is_not_granted() => Check(_issued, venue: "TAH").ShouldBe(GateReason.VenueNotGranted);

    [Fact]
    public void A_card_for_all_venues_opens_any_venue() =>
        Check(Entry("issued", new PrivilegesChanged(new(["ALL"], [1], null, false), "upgrade", At)), venue: "TAH").ShouldBe(GateReason.Allowed);

    [Fact]
    public void A_zone_not_on_the_card_is_not_granted() => Check(_issued, zone: 7).ShouldBe(GateReason.ZoneNotGranted);

    [Fact]
    public void A_time_window_opens_its_venue_and_zones_only_between_its_instants()
    {
        var entry = Entry("issued", new VenueAccessGranted("TAH", [7], _paris, _paris.AddHours(2), "heat", At));

        Check(entry, venue: "TAH", zone: 7, at: _paris.AddHours(1)).ShouldBe(GateReason.Allowed);
        Check(entry, venue: "TAH", zone: 7, at: _paris.AddHours(2)).ShouldBe(GateReason.OutsideTimeWindow);
        Check(entry, venue: "TAH", zone: 7, at: _paris.AddMinutes(-1)).ShouldBe(GateReason.OutsideTimeWindow);
        Check(entry, venue: "TAH", zone: 1, at: _paris.AddHours(1)).ShouldBe(GateReason.ZoneNotGranted);
    }

    [Fact]
    public void A_window_without_zones_uses_the_zones_of_the_card()
    {
        var entry = Entry("issued", new VenueAccessGranted("TAH", [], _paris, _paris.AddHours(2), "heat", At));

        Check(entry, venue: "TAH", zone: 2, at: _paris).ShouldBe(GateReason.Allowed);
        Check(entry, venue: "TAH", zone: 7, at: _paris).ShouldBe(GateReason.ZoneNotGranted);
    }

    [Fact]
    public void Ended_venue_access_closes_the_window_from_that_instant()
    {
        var entry = Entry("issued", new VenueAccessGranted("TAH", [7], _paris, _paris.AddHours(2), "heat", At), new VenueAccessEnded("TAH", _paris.AddHours(1), "eliminated", At));

        Check(entry, venue: "TAH", zone: 7, at: _paris.AddMinutes(30)).ShouldBe(GateReason.Allowed);
        Check(entry, venue: "TAH", zone: 7, at: _paris.AddMinutes(90)).ShouldBe(GateReason.OutsideTimeWindow);
    }
}
