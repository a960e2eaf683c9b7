using System.ComponentModel;
using System.Globalization;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Grains.Accreditations.Gate;
using Olympics.Orleans.Grains.Venues;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>The gate check, answered from the accreditations read model without activating grains.</summary>
internal static class GateEndpoints
{
    public static void MapGateEndpoints(this WebApplication app)
    {
        // The query is bound as text and parsed here, so a malformed value is a 400 naming it (and the description lists it).
        app.MapGet("/gate/check", (
            [Description("The scanned accreditation number (8 digits) or card number (NNNNNNNN-S); required")] string? accreditation,
            [Description("The venue's code; required")] string? venue,
            [Description("The zone number, to check access to that zone too")] string? zone,
            [Description("The instant of entry, ISO 8601 with an offset (default now)")] string? at,
            AccreditationsView view, VenueDirectory venues, TimeProvider time) =>
        {
            var scanned = CardReference.TryParse(accreditation, out var card)
                ? card
                : throw new InvalidCommandException("accreditation", $"'{accreditation}' is not an accreditation number (8 digits) or card number (NNNNNNNN-S).");
            var code = Codes.Venue(venue);
            return TypedResults.Ok<GateDecision>(view.Check(scanned, code, Zone(zone), At(at) ?? time.GetUtcNow(), VenueTimeZones.Of(venues, code)));
        })
        .ProducesValidationProblem()
        .WithTags("Gate")
        .WithSummary("May this accreditation or card enter this venue (and zone) at this instant (default now; ISO 8601 with offset)?");
    }

    private static int? Zone(string? value) =>
        string.IsNullOrEmpty(value) ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var zone) ? zone
        : throw new InvalidCommandException("zone", $"'{value}' is not a zone number.");

    // ISO 8601 with an offset: "2024-07-30T10:00:00Z", or a venue's local time "2024-07-30T08:00:00-10:00". An
    // unencoded '+' in a query string arrives as a space, so a space before the offset is read as '+'.
    private static DateTimeOffset? At(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var text = value.Trim().Replace(' ', '+');
        var time = text.IndexOf('T', StringComparison.Ordinal);
        var hasOffset = time > 0 && (text.EndsWith('Z') || text.IndexOfAny(['+', '-'], time) > 0);
        return hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : throw new InvalidCommandException("at", $"'{value}' is not an ISO 8601 instant with an offset, e.g. 2024-07-30T10:00:00+02:00.");
    }
}
