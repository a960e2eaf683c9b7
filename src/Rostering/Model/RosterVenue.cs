namespace Olympics.Orleans.Rostering.Model;

/// <summary>A venue volunteers work at: where it is (for travel) and its time zone (shifts are in its local time).</summary>
public sealed record RosterVenue(string Code, string Name, string City, string Region, string TimeZone, double Latitude, double Longitude, int Capacity);
