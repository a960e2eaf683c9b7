using Olympics.Orleans.Contracts.Venues;

namespace Olympics.Orleans.GrainInterfaces.Venues;

/// <summary>A competition venue, keyed by its 3-letter code (e.g. "STA", "TAH").</summary>
[Alias("olympics.IVenueGrain")]
public interface IVenueGrain : IGrainWithStringKey
{
    /// <summary>Registers the venue. Registering again with the same details changes nothing.</summary>
    [Alias("RegisterVenue")]
    Task<VenueView> RegisterVenueAsync(RegisterVenue command);

    /// <summary>Moves the venue to another operational status.</summary>
    [Alias("ChangeVenueStatus")]
    Task<VenueView> ChangeVenueStatusAsync(ChangeVenueStatus command);

    /// <summary>Defines or renames a zone.</summary>
    [Alias("DefineZone")]
    Task<VenueView> DefineZoneAsync(DefineZone command);

    /// <summary>Removes a zone.</summary>
    [Alias("RemoveZone")]
    Task<VenueView> RemoveZoneAsync(RemoveZone command);

    /// <summary>Records a keep-alive from the venue's results system; an older or repeated one changes nothing.</summary>
    [Alias("RecordKeepAlive")]
    Task<VenueView> RecordKeepAliveAsync(RecordKeepAlive command);

    /// <summary>The venue as it is now; null when it was never registered.</summary>
    [Alias("GetVenue")]
    Task<VenueView?> GetVenueAsync();
}
