using Olympics.Orleans.Contracts.Reference;

namespace Olympics.Orleans.Contracts.Tests.Reference;

public sealed class CodesTests
{
    [Fact]
    public void An_rsc_splits_into_its_levels()
    {
        var rsc = Codes.Rsc("ATHM100M--------------FNL-0001----");

        rsc.Discipline.ShouldBe("ATH");
        rsc.Gender.ShouldBe('M');
        rsc.Phase.ShouldBe("FNL-");
        rsc.IsUnit.ShouldBeTrue();
        rsc.EventCode.ShouldBe("ATHM100M--------------------------");
        rsc.PhaseCode.ShouldBe("ATHM100M--------------FNL---------");
        new Rsc(rsc.PhaseCode).IsUnit.ShouldBeFalse();
    }

    [Theory]
    [InlineData("ATHM100M--------------FNL-0001---", "34 characters, not 33")]
    [InlineData("ATHM100M--------------FNL-0001-----", "34 characters, not 35")]
    [InlineData("athM100M--------------FNL-0001----", "only A-Z, 0-9")]
    [InlineData("ATHZ100M--------------FNL-0001----", "gender M, W, X or O")]
    [InlineData("AT1M100M--------------FNL-0001----", "3-letter discipline")]
    [InlineData(null, "not 0")]
    public void A_malformed_rsc_is_refused_with_the_reason(string? code, string reason)
    {
        var error = Should.Throw<InvalidCommandException>(() => Codes.Rsc(code, "unit"));
        error.Field.ShouldBe("unit");
        error.Reason.ShouldContain(reason);
    }

    [Theory]
    [InlineData("ATH01", true)]
    [InlineData("SRF03", true)]
    [InlineData("ATH1", false)]
    [InlineData("ath01", false)]
    [InlineData("ATHL01", false)]
    public void Session_codes_are_a_discipline_and_two_digits(string code, bool valid)
    {
        if (valid)
        {
            Codes.Session(code).ShouldBe(code);
        }
        else
        {
            Should.Throw<InvalidCommandException>(() => Codes.Session(code)).Field.ShouldBe("session");
        }
    }

    [Theory]
    [InlineData("FRA", true)]
    [InlineData("Fra", false)]
    [InlineData("FRAN", false)]
    [InlineData("", false)]
    public void Noc_and_venue_codes_are_three_capitals(string code, bool valid)
    {
        Should.NotThrow(() => { if (valid) { Codes.Noc(code); Codes.Venue(code); } });
        if (!valid)
        {
            Should.Throw<InvalidCommandException>(() => Codes.Noc(code)).Reason.ShouldContain("3 upper-case letters");
            Should.Throw<InvalidCommandException>(() => Codes.Venue(code)).Field.ShouldBe("venue");
        }
    }
}
