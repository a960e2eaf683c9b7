using Olympics.Orleans.Grains.Accreditations.Gate;

namespace Olympics.Orleans.Grains.Tests.Accreditations;

public sealed class CardReferenceTests
{
    [Theory]
    [InlineData("00012345", 12345, null)]
    [InlineData("00012345-2", 12345, 2)]
    public void An_accreditation_or_card_number_is_read(string value, int number, int? card)
    {
        CardReference.TryParse(value, out var reference).ShouldBeTrue();
        reference.ShouldBe(new CardReference(number, card));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("00012345-")]
    [InlineData("00012345-0")]
    [InlineData("0001234x")]
    [InlineData("-0012345")]
    public void Anything_else_is_refused(string? value) => CardReference.TryParse(value, out _).ShouldBeFalse();
}
