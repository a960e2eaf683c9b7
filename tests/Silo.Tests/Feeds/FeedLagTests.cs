using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Silo.Feeds;

namespace Olympics.Orleans.Silo.Tests.Feeds;

public sealed class FeedLagTests
{
    private static readonly DateTimeOffset _now = new(2024, 8, 4, 20, 0, 0, TimeSpan.Zero);
    private static readonly FeedEmbargo _embargo = new(TimeSpan.FromSeconds(2));
    private static readonly TimeSpan _maxLag = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_live_stream_sent_a_message_older_than_the_maximum_lag_is_too_far_behind()
    {
        var lag = new FeedLag(_embargo, FeedTier.Cis, _maxLag);

        lag.TooFarBehind(StoredSecondsAgo(1), _now).ShouldBeFalse("one second behind: live");
        lag.TooFarBehind(StoredSecondsAgo(10), _now).ShouldBeFalse("exactly the maximum lag is allowed");
        lag.TooFarBehind(StoredSecondsAgo(11), _now).ShouldBeTrue();
    }

    [Fact]
    public void A_stream_catching_up_from_an_earlier_position_is_not_closed_before_it_has_been_live()
    {
        var lag = new FeedLag(_embargo, FeedTier.Cis, _maxLag);

        lag.TooFarBehind(StoredSecondsAgo(3600), _now).ShouldBeFalse("reading an hour back from the log, as asked");
        lag.TooFarBehind(StoredSecondsAgo(600), _now).ShouldBeFalse("still catching up");
        lag.TooFarBehind(StoredSecondsAgo(2), _now).ShouldBeFalse("live from here on");
        lag.TooFarBehind(StoredSecondsAgo(30), _now).ShouldBeTrue("fell behind after being live");
    }

    [Fact]
    public void The_lag_of_the_embargoed_tier_counts_from_the_end_of_its_embargo()
    {
        var feed = new FeedLag(_embargo, FeedTier.Feed, _maxLag);
        var cis = new FeedLag(_embargo, FeedTier.Cis, _maxLag);
        feed.TooFarBehind(StoredSecondsAgo(2), _now).ShouldBeFalse();
        cis.TooFarBehind(StoredSecondsAgo(2), _now).ShouldBeFalse();

        feed.TooFarBehind(StoredSecondsAgo(11), _now).ShouldBeFalse("9 s after its embargo ended");
        cis.TooFarBehind(StoredSecondsAgo(11), _now).ShouldBeTrue("11 s after CIS could see it");
    }

    private static FeedMessage StoredSecondsAgo(double seconds)
    {
        var header = new OdfHeader("OG2024", "ATHM100M--------------FNL-000100--", null, "DT_RESULT", null, 1, "LIVE", "ENG", "P",
            new DateOnly(2024, 8, 4), new TimeOnly(21, 55), new DateOnly(2024, 8, 4), "SEQ_ATH");
        return new FeedMessage("m1-0000000000000001", header.DocumentKey, header, "<OdfBody/>", false, _now.AddSeconds(-seconds));
    }
}
