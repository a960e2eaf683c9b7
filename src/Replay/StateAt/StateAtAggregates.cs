using Olympics.Orleans.Grains.Accreditations;
using Olympics.Orleans.Grains.Athletes;
using Olympics.Orleans.Grains.Medals;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Grains.Venues;

namespace Olympics.Orleans.Replay.StateAt;

/// <summary>
/// Every stream category state-at knows, with the grain's initial state, Evolve, snapshot type and view: a new
/// event-sourced grain adds one line here. The snapshot types must match the grains' (they decide which snapshots are usable).
/// </summary>
internal static class StateAtAggregates
{
    public static IReadOnlyList<IStateAtAggregate> All { get; } =
    [
        new StateAtAggregate<Accreditation, IAccreditationEvent>("accreditation", "status, privileges, time windows, card",
            "accreditation.state.v1", Accreditation.None, Accreditation.Evolve, (_, s, v) => s.Exists ? AccreditationViews.From(s, v) : null),
        new StateAtAggregate<Athlete, IAthleteEvent>("athlete", "entries, qualification, IRMs, medals",
            "athlete.state.v1", Athlete.Unregistered, Athlete.Evolve, (_, s, v) => s.IsRegistered ? AthleteViews.From(s, v) : null),
        new StateAtAggregate<CompetitionMedals, IMedalsEvent>("medals", "the medal table and medallists",
            "medals.state.v1", CompetitionMedals.None, CompetitionMedals.Evolve, MedalsViews.From),
        new StateAtAggregate<OdfDocument, IOdfDocumentEvent>("odf", "the latest ODF message of a document",
            "odf.document.state.v1", OdfDocument.None, OdfDocument.Evolve, OdfDocumentViews.From),
        new StateAtAggregate<Session, ISessionEvent>("session", "schedule, units, start lists, results and notes",
            "session.state.v1", Session.Unscheduled, Session.Evolve, (_, s, v) => s.IsScheduled ? SessionViews.From(s, v) : null),
        new StateAtAggregate<Venue, IVenueEvent>("venue", "status, zones, time zone, last keep-alive",
            "venue.state.v2", Venue.Unregistered, Venue.Evolve, (_, s, v) => s.IsRegistered ? VenueViews.From(s, v) : null),
    ];

    /// <summary>The aggregate of <paramref name="streamId"/>'s category.</summary>
    /// <exception cref="ReplayNotFoundException">No aggregate has that category; the message lists those that exist.</exception>
    public static IStateAtAggregate For(string streamId)
    {
        var category = EventStore.StreamIds.CategoryOf(streamId);
        return All.FirstOrDefault(a => a.Category == category && streamId.Length > category.Length + 1)
            ?? throw new ReplayNotFoundException($"state-at cannot fold '{streamId}': the categories it knows are "
                + string.Join(", ", All.Select(a => $"{a.Category} ({a.Shows})")) + "; stream ids look like session-ATH01.");
    }
}
