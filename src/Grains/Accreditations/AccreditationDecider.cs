using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;

namespace Olympics.Orleans.Grains.Accreditations;

/// <summary>
/// Decides what an accreditation command means for the state. Pure: no clock, no I/O. Malformed fields throw
/// <see cref="InvalidCommandException"/> before the state is looked at; transitions the lifecycle does not allow throw
/// <see cref="CommandRejectedException"/>.
/// </summary>
public static partial class AccreditationDecider
{
    /// <summary>Applying again with identical details changes nothing; other details are refused.</summary>
    public static IReadOnlyList<IAccreditationEvent> Decide(string number, ApplyForAccreditation command, Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        var applied = new AccreditationApplied(
            AccreditationRules.Number(number), AccreditationRules.Name(command.Name), AccreditationRules.Category(command.Category),
            AccreditationRules.Function(command.Function), AccreditationRules.Noc(command.Noc), AccreditationRules.Organisation(command.Organisation),
            command.ValidFrom, command.ValidUntil, AccreditationRules.Reason(command.Reason), command.At);
        AccreditationRules.Validity(command.ValidFrom, command.ValidUntil);
        if (!state.Exists)
        {
            return [applied];
        }

        var same = state.Status == AccreditationStatus.Applied && (state.Name, state.Category, state.Function, state.Noc, state.Organisation, state.ValidFrom, state.ValidUntil)
            == (applied.Name, applied.Category, applied.Function, applied.Noc, applied.Organisation, applied.ValidFrom, applied.ValidUntil);
        return same ? [] : throw new CommandRejectedException($"Accreditation {number} has already been applied for.");
    }

    /// <summary>Vetting clears an application that awaits it.</summary>
    public static IReadOnlyList<IAccreditationEvent> Decide(ClearVetting command, Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reason = AccreditationRules.Reason(command.Reason);
        RequireStatus(state, AccreditationStatus.Applied, "clear vetting");
        return [new VettingCleared(reason, command.At)];
    }

    /// <summary>Vetting refuses an application that awaits it; refusal is final.</summary>
    public static IReadOnlyList<IAccreditationEvent> Decide(RefuseVetting command, Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reason = AccreditationRules.Reason(command.Reason);
        RequireStatus(state, AccreditationStatus.Applied, "refuse vetting");
        return [new VettingRefused(reason, command.At)];
    }

    /// <summary>Only a cleared application can be approved: no approval before clearance.</summary>
    public static IReadOnlyList<IAccreditationEvent> Decide(ApproveAccreditation command, Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var privileges = PrivilegeRules.Normalise(command.Privileges);
        var reason = AccreditationRules.Reason(command.Reason);
        RequireStatus(state, AccreditationStatus.VettingCleared, "approve");
        return [new AccreditationApproved(privileges, reason, command.At)];
    }

    /// <summary>The first card goes to an approved accreditation.</summary>
    public static IReadOnlyList<IAccreditationEvent> Decide(IssueCard command, Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reason = AccreditationRules.Reason(command.Reason);
        RequireStatus(state, AccreditationStatus.Approved, "issue a card");
        return [new CardIssued(1, reason, command.At)];
    }

    /// <summary>A lost card is replaced by the next card number, for a card in use (issued or validated).</summary>
    public static IReadOnlyList<IAccreditationEvent> Decide(ReissueCard command, Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reason = AccreditationRules.Reason(command.Reason);
        RequireStatus(state, [AccreditationStatus.CardIssued, AccreditationStatus.Validated], "reissue the card");
        return [new CardReissued(state.Card, state.Card + 1, reason, command.At)];
    }

    /// <summary>Arrival validation needs an issued card, once.</summary>
    public static IReadOnlyList<IAccreditationEvent> Decide(ValidateArrival command, Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var type = AccreditationRules.ShortText(command.DocumentType, "documentType");
        var document = AccreditationRules.ShortText(command.DocumentNumber, "documentNumber");
        var reason = AccreditationRules.Reason(command.Reason);
        RequireStatus(state, AccreditationStatus.CardIssued, "validate the arrival");
        return [new ArrivalValidated(type, document, reason, command.At)];
    }

    private static void RequireStatus(Accreditation state, AccreditationStatus required, string action) => RequireStatus(state, [required], action);

    private static void RequireStatus(Accreditation state, AccreditationStatus[] allowed, string action)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.Exists)
        {
            throw new CommandRejectedException("Nobody has applied for this accreditation.");
        }

        if (!allowed.Contains(state.Status))
        {
            throw new CommandRejectedException($"Cannot {action}: accreditation {state.Number} is {Describe(state.Status)}.");
        }
    }

    private static string Describe(AccreditationStatus status) => status switch
    {
        AccreditationStatus.Applied => "awaiting security vetting",
        AccreditationStatus.VettingCleared => "cleared by vetting but not approved",
        AccreditationStatus.VettingRefused => "refused by vetting, which is final",
        AccreditationStatus.Approved => "approved but has no card yet",
        AccreditationStatus.CardIssued => "issued a card, not yet validated on arrival",
        AccreditationStatus.Validated => "validated on arrival",
        AccreditationStatus.Suspended => "suspended",
        _ => "cancelled, which is final",
    };
}
