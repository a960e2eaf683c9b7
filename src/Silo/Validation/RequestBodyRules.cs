using System.Globalization;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Silo.Validation;

/// <summary>
/// The checks a JSON write body passes as soon as it is read, before any grain sees it: NOC and discipline codes from
/// the Games' lists, venue codes well-formed, start lists and results within <see cref="RequestLimits.StartListAthletes"/>.
/// Each failure is an <see cref="InvalidCommandException"/> naming the field (camelCase, as in the body).
/// </summary>
internal sealed class RequestBodyRules(RequestLimits limits)
{
    /// <summary>Checks <paramref name="body"/> when it is one of the write routes' requests; anything else passes.</summary>
    public void Check(object body)
    {
        switch (body)
        {
            case RegisterAthleteRequest r:
                Noc(r.Noc);
                Discipline(r.Discipline);
                break;
            case ScheduleSessionRequest r:
                Discipline(r.Discipline);
                Codes.Venue(r.Venue);
                break;
            case ApplyForAccreditationRequest { Noc: { Length: > 0 } noc }:
                Noc(noc);
                break;
            case GrantVenueAccessRequest r:
                Codes.Venue(r.Venue);
                break;
            case EndVenueAccessRequest r:
                Codes.Venue(r.Venue);
                break;
            case SetStartListRequest r:
                AtMost(r.Athletes?.Count ?? 0, "athletes", "athletes on a start list");
                break;
            case RecordUnitResultRequest r:
                AtMost(r.Results?.Count ?? 0, "results", "entries in a unit's results");
                break;
        }
    }

    private static void Noc(string? code)
    {
        if (!GamesCodes.Nocs.Contains(Codes.Noc(code)))
        {
            throw new InvalidCommandException("noc", $"'{code}' is not the code of a National Olympic Committee of the Games (e.g. FRA, USA, EOR).");
        }
    }

    private static void Discipline(string? code)
    {
        if (!GamesCodes.Disciplines.Contains(Codes.Discipline(code)))
        {
            throw new InvalidCommandException("discipline", $"'{code}' is not a discipline of the Games' programme (e.g. ATH, SWM, SRF).");
        }
    }

    private void AtMost(int count, string field, string what)
    {
        if (count > limits.StartListAthletes)
        {
            throw new InvalidCommandException(field, string.Create(CultureInfo.InvariantCulture,
                $"{count} {what} exceed the limit of {limits.StartListAthletes} (setting Limits:StartListAthletes)."));
        }
    }
}
