using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Contracts.Reference;

namespace Olympics.Orleans.Grains.Athletes;

/// <summary>Decides what an athlete command means for the athlete's state. Pure: no clock, no I/O.</summary>
public static partial class AthleteDecider
{
    /// <summary>Registering again with identical details is accepted and changes nothing.</summary>
    public static IReadOnlyList<IAthleteEvent> Decide(string id, RegisterAthlete command, Athlete state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        AthleteId.Validate(id, "id");
        Codes.Noc(command.Noc);
        AthleteRules.ValidateName(command.GivenName, "givenName");
        AthleteRules.ValidateName(command.FamilyName, "familyName");
        if (!Enum.IsDefined(command.Gender))
        {
            throw new InvalidCommandException("gender", $"'{command.Gender}' is not a gender.");
        }

        AthleteRules.ValidateBirthDate(command.BirthDate, command.At);
        Codes.Discipline(command.Discipline);
        AthleteRules.ValidateAccreditationNumber(command.AccreditationNumber);
        var registered = new AthleteRegistered(id, command.Noc, command.GivenName.Trim(), command.FamilyName.Trim(), command.Gender,
            command.BirthDate, command.Discipline, command.AccreditationNumber, command.At);
        if (!state.IsRegistered)
        {
            return [registered];
        }

        return SameDetails(state, registered)
            ? []
            : throw new CommandRejectedException($"Athlete {id} is already registered with other details.");
    }

    /// <summary>Enters an event of the athlete's discipline and gender; entering again changes nothing.</summary>
    public static IReadOnlyList<IAthleteEvent> Decide(EnterEvent command, Athlete state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @event = AthleteRules.Event(command.Event);
        if (Registered(state).Entry(@event.Code) is not null)
        {
            return [];
        }

        if (@event.Discipline != state.Discipline)
        {
            throw new CommandRejectedException($"Athlete {state.Id} competes in {state.Discipline}, not {@event.Discipline}.");
        }

        return (@event.Gender, state.Gender) is ('M', AthleteGender.Female) or ('W', AthleteGender.Male)
            ? throw new CommandRejectedException($"A {state.Gender.ToString().ToUpperInvariant()} athlete cannot enter event {@event.Code}.")
            : [new AthleteEntered(@event.Code, command.At)];
    }

    private static bool SameDetails(Athlete state, AthleteRegistered e) =>
        state.Noc == e.Noc && state.GivenName == e.GivenName && state.FamilyName == e.FamilyName && state.Gender == e.Gender
        && state.BirthDate == e.BirthDate && state.Discipline == e.Discipline && state.AccreditationNumber == e.AccreditationNumber;

    private static Athlete Registered(Athlete state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.IsRegistered ? state : throw new CommandRejectedException("The athlete is not registered.");
    }

    private static EventEntryView Entered(Athlete state, Rsc @event) =>
        Registered(state).Entry(@event.Code) ?? throw new CommandRejectedException($"Athlete {state.Id} is not entered in event {@event.Code}.");
}
