namespace Olympics.Orleans.Contracts.Venues;

/// <summary>A competition venue, keyed by its 3-letter code (e.g. "STA", "TAH").</summary>
public interface IVenueGrain : IGrainWithStringKey
{
    /// <summary>Registers the venue. Registering again with the same details changes nothing.</summary>
    Task<VenueView> RegisterVenueAsync(RegisterVenue command);

    /// <summary>Moves the venue to another operational status.</summary>
    Task<VenueView> ChangeVenueStatusAsync(ChangeVenueStatus command);

    /// <summary>Defines or renames a zone.</summary>
    Task<VenueView> DefineZoneAsync(DefineZone command);

    /// <summary>Removes a zone.</summary>
    Task<VenueView> RemoveZoneAsync(RemoveZone command);

    /// <summary>Records a keep-alive from the venue's results system; an older or repeated one changes nothing.</summary>
    Task<VenueView> RecordKeepAliveAsync(RecordKeepAlive command);

    /// <summary>The venue as it is now; null when it was never registered.</summary>
    Task<VenueView?> GetVenueAsync();
}
