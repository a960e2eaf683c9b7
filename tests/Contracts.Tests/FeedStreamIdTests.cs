using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Contracts.Tests;

/// <summary>Feed streams by namespace and key, and how they meet a consumer's own filter.</summary>
public sealed class FeedStreamIdTests
{
    private const string Final = "ATHM100M--------------FNL-0001----";

    [Theory]
    [InlineData("feed", "feed", "")]
    [InlineData("session/ATH01", "session", "ATH01")]
    [InlineData("discipline/SWM", "discipline", "SWM")]
    public void A_stream_address_parses_into_namespace_and_key_and_prints_back(string text, string @namespace, string key)
    {
        var stream = FeedStreamId.Parse(text);

        (stream.Namespace, stream.Key, stream.ToString()).ShouldBe((@namespace, key, text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("feed/")]
    [InlineData("session/ath01")]
    [InlineData("session/ATH1")]
    [InlineData("discipline/AT")]
    [InlineData("venue/STA")]
    public void A_malformed_address_says_why(string text)
    {
        FeedStreamId.TryParse(text, out _, out var reason).ShouldBeFalse();
        reason.ShouldContain($"'{text}'");
    }

    [Fact]
    public void A_session_stream_holds_the_documents_of_that_session_and_a_discipline_stream_its_codes()
    {
        FeedStreamId.Session("ATH01").Includes(Final, ["ATH01"]).ShouldBeTrue();
        FeedStreamId.Session("ATH01").Includes(Final, ["ATH02"]).ShouldBeFalse();
        FeedStreamId.Session("ATH01").Includes(Final, []).ShouldBeFalse();
        FeedStreamId.Discipline("ATH").Includes(Final, []).ShouldBeTrue();
        FeedStreamId.Discipline("SWM").Includes(Final, ["ATH01"]).ShouldBeFalse();
        FeedStreamId.Feed.Includes(Final, []).ShouldBeTrue();
    }

    [Fact]
    public void A_consumer_limited_to_sessions_follows_their_documents_only_and_none_without_a_session()
    {
        var consumer = new FeedConsumer("ath01", FeedTier.Cis, new HashSet<string>()) { Sessions = new HashSet<string> { "ATH01" } };

        consumer.Follows(Final, ["ATH01"]).ShouldBeTrue();
        consumer.Follows(Final, ["ATH02"]).ShouldBeFalse();
        consumer.Follows(Final).ShouldBeFalse();
        new FeedConsumer("all", FeedTier.Cis, new HashSet<string>()).Follows(Final).ShouldBeTrue();
    }

    [Fact]
    public void A_consumer_may_read_a_stream_that_overlaps_its_filter_and_no_other()
    {
        var athletics = new FeedConsumer("ath", FeedTier.Feed, new HashSet<string> { "ATH" });
        var ath01 = new FeedConsumer("ath01", FeedTier.Cis, new HashSet<string>()) { Sessions = new HashSet<string> { "ATH01" } };

        athletics.MayRead(FeedStreamId.Feed).ShouldBeTrue();
        athletics.MayRead(FeedStreamId.Discipline("ATH")).ShouldBeTrue();
        athletics.MayRead(FeedStreamId.Session("ATH07")).ShouldBeTrue();
        athletics.MayRead(FeedStreamId.Discipline("SWM")).ShouldBeFalse();
        athletics.MayRead(FeedStreamId.Session("SWM01")).ShouldBeFalse();
        ath01.MayRead(FeedStreamId.Discipline("ATH")).ShouldBeTrue();
        ath01.MayRead(FeedStreamId.Session("ATH02")).ShouldBeFalse();
        ath01.MayRead(FeedStreamId.Discipline("SWM")).ShouldBeFalse();
    }
}
