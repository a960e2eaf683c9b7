namespace Olympics.Orleans.Rostering.Model;

/// <summary>Great-circle distance, the travel measure of both the solver and the checker.</summary>
public static class Geo
{
    private const double EarthKm = 6371.0;

    /// <summary>Kilometres between two points (haversine).</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Kilometres from a volunteer's home to a venue.</summary>
    public static double Km(Volunteer v, RosterVenue venue) => Km(v.Latitude, v.Longitude, venue.Latitude, venue.Longitude);

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
