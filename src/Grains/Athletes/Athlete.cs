using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Athletes;

/// <summary>An athlete's state, folded from their events.</summary>
[EventName("athlete.state.v1")]
public sealed record Athlete(
    string Id, string Noc, string GivenName, string FamilyName, AthleteGender Gender, DateOnly BirthDate,
    string Discipline, string AccreditationNumber, IReadOnlyList<EventEntryView> Entries)
{
    /// <summary>Before registration.</summary>
    public static Athlete Unregistered { get; } = new("", "", "", "", AthleteGender.Female, default, "", "", []);

    /// <summary>Whether the athlete has been registered.</summary>
    public bool IsRegistered => Id.Length > 0;

    /// <summary>The athlete's entry in an event, or null.</summary>
    public EventEntryView? Entry(string @event) => Entries.FirstOrDefault(e => e.Event == @event);

    /// <summary>Applies one event. Pure.</summary>
    public static Athlete Evolve(Athlete state, IAthleteEvent @event) => @event switch
    {
        AthleteRegistered e => new Athlete(e.Id, e.Noc, e.GivenName, e.FamilyName, e.Gender, e.BirthDate, e.Discipline, e.AccreditationNumber, []),
        AthleteEntered e => state with { Entries = [.. state.Entries, new EventEntryView(e.Event, EntryStatus.Entered, null, [], null, null)] },
        AthleteQualified e => state.WithEntry(e.Event, x => x with { Status = EntryStatus.Qualified, Phase = e.Phase, QualifiedFor = [.. x.QualifiedFor, e.Phase] }),
        AthleteEliminated e => state.WithEntry(e.Event, x => x with { Status = EntryStatus.Eliminated }),
        AthleteIrmRecorded e => state.WithEntry(e.Event, x => x with { Irm = e.Irm }),
        MedalAwarded e => state.WithEntry(e.Event, x => x with { Medal = e.Medal }),
        _ => throw new InvalidOperationException($"Athlete cannot apply {@event.GetType().Name}."),
    };

    private Athlete WithEntry(string @event, Func<EventEntryView, EventEntryView> change) => Entry(@event) is null
        ? throw new InvalidOperationException($"Athlete {Id} is not entered in {@event}.")
        : this with { Entries = [.. Entries.Select(x => x.Event == @event ? change(x) : x)] };
}
