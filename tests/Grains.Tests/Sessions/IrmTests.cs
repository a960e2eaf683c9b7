using Olympics.Orleans.Contracts.Reference;

namespace Olympics.Orleans.Grains.Tests.Sessions;

public sealed class IrmTests
{
    [Theory]
    [InlineData("ATH", "DNS,DNF,DQ,NM")]
    [InlineData("CTR", "DNS,DNF,DQ,NM,OTL,OVL,LAP")]
    [InlineData("CRD", "DNS,DNF,DQ,NM,OTL,OVL,LAP")]
    [InlineData("BDM", "DSQ,DQB,RET,WDN")]
    [InlineData("EJP", "EL,RT,WD")]
    [InlineData("SRF", "DNS,DNF,DSQ")]
    public void Each_discipline_has_its_own_marks(string discipline, string marks) =>
        string.Join(',', Irm.For(discipline)).ShouldBe(marks);

    [Theory]
    [InlineData("BDM", "RET")]
    [InlineData("CTR", "LAP")]
    [InlineData("EVE", "EL")]
    public void A_mark_of_the_discipline_is_valid(string discipline, string irm) =>
        Irm.Validate(discipline, irm).ShouldBe(irm);

    [Theory]
    [InlineData("ATH", "LAP")]
    [InlineData("BDM", "DNF")]
    [InlineData("EDR", "DNS")]
    [InlineData("ATH", null)]
    public void A_mark_of_another_discipline_is_refused_naming_the_field(string discipline, string? irm) =>
        Should.Throw<InvalidCommandException>(() => Irm.Validate(discipline, irm, "results[0].irm")).Field.ShouldBe("results[0].irm");
}
