using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Grains.Tests.Feeds;

public sealed class EmbargoTimelineTests
{
    private static readonly DateTimeOffset _t0 = new(2024, 8, 4, 20, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan _retention = TimeSpan.FromSeconds(2);

    private static DateTimeOffset At(double seconds) => _t0.AddSeconds(seconds);

    [Fact]
    public void The_newest_version_at_or_before_a_cutoff_is_found()
    {
        var timeline = EmbargoTimeline.Of(At(0), 1).Add(At(1), 2, _retention).Add(At(1.5), 3, _retention);

        timeline.TryLatestAt(At(1.2), out var version, out var storedAt).ShouldBeTrue();
        (version, storedAt).ShouldBe((2, At(1)));
        timeline.TryLatestAt(At(-1), out _, out _).ShouldBeFalse();
        timeline.Latest.ShouldBe(3);
    }

    [Fact]
    public void Versions_older_than_the_retention_go_but_one_stays_to_answer_old_cutoffs()
    {
        var timeline = EmbargoTimeline.Of(At(0), 1);
        for (var v = 2; v <= 100; v++)
        {
            timeline = timeline.Add(At(v * 0.25), v, _retention);
        }

        // 25 s in, 4 versions per second: the 8 newer than 2 s and the one stored exactly 2 s before the newest.
        timeline.Count.ShouldBe(9);
        timeline.TryLatestAt(At(25) - _retention, out var visible, out _).ShouldBeTrue();
        visible.ShouldBe(92);
        // A cutoff older than the retention is not answered: never with a newer version than it asks for.
        timeline.TryLatestAt(At(25) - _retention - TimeSpan.FromMilliseconds(1), out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_quiet_stream_keeps_its_last_version_for_ever()
    {
        var timeline = EmbargoTimeline.Of(At(0), 1).Add(At(60), 2, _retention);

        timeline.Count.ShouldBe(2);
        timeline.TryLatestAt(At(61) - _retention, out var version, out _).ShouldBeTrue();
        version.ShouldBe(1);
    }
}
