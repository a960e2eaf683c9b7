namespace Olympics.Orleans.EventStore.Tests;

public sealed class GlobalPositionTests
{
    [Fact]
    public void A_token_round_trips_and_sorts_like_the_position()
    {
        var earlier = new GlobalPosition(9, 200);
        var later = new GlobalPosition(10, 3);

        GlobalPosition.Parse(earlier.ToToken()).ShouldBe(earlier);
        string.CompareOrdinal(earlier.ToToken(), later.ToToken()).ShouldBeLessThan(0);
        (earlier < later).ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("12-34")]
    [InlineData("000000000000000g-0000000000000001")]
    [InlineData("0000000000000001_0000000000000001")]
    [InlineData("0000000000000001-ffffffffffffffff")]
    public void A_malformed_token_is_refused_with_the_reason(string token)
    {
        GlobalPosition.TryParse(token, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => GlobalPosition.Parse(token)).Message.ShouldContain("resume token");
    }

    [Theory]
    [InlineData("session-ATHM100M--------------FNL-0001----", "session")]
    [InlineData("venue-STA", "venue")]
    [InlineData("plain", "plain")]
    public void The_category_is_the_stream_id_up_to_the_first_dash(string streamId, string category) =>
        StreamIds.CategoryOf(streamId).ShouldBe(category);
}
