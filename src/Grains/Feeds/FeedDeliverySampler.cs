using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// Which subscribers' deliveries are recorded: per tier, a new subscriber is sampled while fewer than
/// ceil(rate x open subscribers) are, so the first of each tier always is (for any rate above 0) and about
/// one in 1/rate after that.
/// </summary>
internal sealed class FeedDeliverySampler(double rate)
{
    private readonly Lock _gate = new();
    private readonly int[] _open = new int[2];
    private readonly int[] _sampled = new int[2];

    public bool Join(FeedTier tier)
    {
        lock (_gate)
        {
            var t = (int)tier;
            _open[t]++;
            var sampled = rate > 0 && _sampled[t] < Math.Ceiling(rate * _open[t]);
            _sampled[t] += sampled ? 1 : 0;
            return sampled;
        }
    }

    public void Leave(FeedTier tier, bool sampled)
    {
        lock (_gate)
        {
            _open[(int)tier]--;
            _sampled[(int)tier] -= sampled ? 1 : 0;
        }
    }
}
