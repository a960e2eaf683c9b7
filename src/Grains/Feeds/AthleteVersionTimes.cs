using Olympics.Orleans.Grains.Athletes;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// When each recent version of every athlete stream was stored, kept from the "athlete" category. An athlete's first
/// version, the one shown while all their versions are embargoed, is their registration, which carries no standing.
/// </summary>
public sealed class AthleteVersionTimes(FeedEmbargo embargo) : StreamVersionTimes<IAthleteEvent>("athlete", embargo);
