using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Accreditations;

/// <summary>An accreditation's state, folded from its events.</summary>
[EventName("accreditation.state.v1")]
public sealed record Accreditation(
    string Number, string Name, AccreditationCategory Category, string Function, string? Noc, string? Organisation,
    DateOnly ValidFrom, DateOnly ValidUntil, AccreditationStatus Status, AccreditationStatus? SuspendedFrom,
    Privileges Privileges, IReadOnlyList<TimeWindow> Windows, int Card, string? IdDocument)
{
    /// <summary>Before anyone applied.</summary>
    public static Accreditation None { get; } = new("", "", default, "", null, null, default, default, default, null, Privileges.None, [], 0, null);

    /// <summary>Whether someone applied (or it was imported).</summary>
    public bool Exists => Number.Length > 0;

    /// <summary>Approved and not cancelled (suspension is only possible after approval): its privileges can change.</summary>
    public bool IsApproved => Status is AccreditationStatus.Approved or AccreditationStatus.CardIssued
        or AccreditationStatus.Validated or AccreditationStatus.Suspended;

    /// <summary>Applies one event. Pure.</summary>
    public static Accreditation Evolve(Accreditation state, IAccreditationEvent @event) => @event switch
    {
        AccreditationApplied e => None with
        {
            Number = e.Number, Name = e.Name, Category = e.Category, Function = e.Function, Noc = e.Noc, Organisation = e.Organisation,
            ValidFrom = e.ValidFrom, ValidUntil = e.ValidUntil, Status = AccreditationStatus.Applied,
        },
        AccreditationImported e => None with
        {
            Number = e.Number, Name = e.Name, Category = e.Category, Function = e.Function, Noc = e.Noc, Organisation = e.Organisation,
            ValidFrom = e.ValidFrom, ValidUntil = e.ValidUntil, Status = AccreditationStatus.CardIssued, Privileges = e.Privileges, Card = 1,
        },
        VettingCleared => state with { Status = AccreditationStatus.VettingCleared },
        VettingRefused => state with { Status = AccreditationStatus.VettingRefused },
        AccreditationApproved e => state with { Status = AccreditationStatus.Approved, Privileges = e.Privileges },
        CardIssued e => state with { Status = AccreditationStatus.CardIssued, Card = e.Card },
        CardReissued e => state with { Card = e.Card },
        ArrivalValidated e => state with { Status = AccreditationStatus.Validated, IdDocument = $"{e.DocumentType} {e.DocumentNumber}" },
        PrivilegesChanged e => state with { Privileges = e.Privileges },
        VenueAccessGranted e => state with { Windows = [.. state.Windows, new TimeWindow(e.Venue, e.Zones, e.From, e.Until)] },
        VenueAccessEnded e => state with { Windows = TimeWindows.End(state.Windows, e.Venue, e.EffectiveAt, e.WindowFrom) },
        AccreditationSuspended => state with { Status = AccreditationStatus.Suspended, SuspendedFrom = state.Status },
        AccreditationReinstated e => state with { Status = e.Status, SuspendedFrom = null },
        AccreditationCancelled => state with { Status = AccreditationStatus.Cancelled, SuspendedFrom = null },
        _ => throw new InvalidOperationException($"Accreditation cannot apply {@event.GetType().Name}."),
    };
}
