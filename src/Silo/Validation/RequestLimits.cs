using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Validation;

/// <summary>
/// Size limits of the JSON write routes (configuration section <c>Limits</c>), checked at start: a body larger than
/// <see cref="JsonBodyBytes"/> (<see cref="RosterImportBytes"/> for a roster import) is a 413, a start list or a unit's results longer than <see cref="StartListAthletes"/> a 400.
/// </summary>
internal sealed class RequestLimits
{
    /// <summary>Most athletes on one unit's start list, and most entries in one unit's results.</summary>
    public int StartListAthletes { get; set; } = 500;

    /// <summary>Largest JSON request body, in bytes.</summary>
    public long JsonBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest body of a roster import (CSV or JSON), in bytes: 45,000 volunteers are about 20 MB of JSON.</summary>
    public long RosterImportBytes { get; set; } = 64 * 1024 * 1024;

    public static RequestLimits From(IConfiguration configuration)
    {
        var limits = configuration.GetSection("Limits").Get<RequestLimits>() ?? new RequestLimits();
        if (limits.StartListAthletes <= 0)
        {
            throw new SiloStartupException("Limits:StartListAthletes must be positive.");
        }

        if (limits.JsonBodyBytes <= 0)
        {
            throw new SiloStartupException("Limits:JsonBodyBytes must be positive.");
        }

        if (limits.RosterImportBytes <= 0)
        {
            throw new SiloStartupException("Limits:RosterImportBytes must be positive.");
        }

        return limits;
    }
}
