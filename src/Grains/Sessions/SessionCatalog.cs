using System.Collections.Concurrent;
using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Sessions;

/// <summary>
/// Every session with its units, kept from the "session" category: lists by competition day, venue and discipline,
/// and finds the session of a unit or of a phase (for the qualification process). It folds each stream with
/// <see cref="Session.Evolve"/>, so it can never disagree with the grains; views are immutable, so queries may run
/// while events are applied.
/// </summary>
public sealed class SessionCatalog : Projection, IPersistentProjection
{
    private readonly ConcurrentDictionary<string, (Session State, SessionView View)> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _sessionOfUnit = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name => "session-catalog";

    /// <inheritdoc />
    public override string? Category => "session";

    /// <inheritdoc />
    public string Shape => "session-catalog.v1";

    /// <summary>The session with this code, or null.</summary>
    public SessionView? Find(string code) => _sessions.TryGetValue(code, out var entry) ? entry.View : null;

    /// <summary>One page of the sessions matching <paramref name="filter"/>, in start order.</summary>
    public ResultPage<SessionView> List(SessionFilter filter, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ResultPage.Of(
            _sessions.Values.Select(e => e.View)
                .Where(s => (filter.Day is null || s.Day == filter.Day) && (filter.Venue is null || s.Venue == filter.Venue)
                    && (filter.Discipline is null || s.Discipline == filter.Discipline))
                .OrderBy(s => s.StartUtc).ThenBy(s => s.Code, StringComparer.Ordinal),
            page, pageSize);
    }

    /// <summary>The session holding the unit with this 34-character RSC, or null.</summary>
    public SessionView? FindSessionByUnit(string unitRsc) =>
        _sessionOfUnit.TryGetValue(unitRsc, out var code) ? Find(code) : null;

    /// <summary>The sessions holding units of the phase (a phase-level RSC; only its first 26 characters count), in start order.</summary>
    public IReadOnlyList<SessionView> FindSessionsByPhase(string phaseRsc)
    {
        if (!Rsc.TryParse(phaseRsc, out var phase, out _))
        {
            return [];
        }

        var prefix = phase.Code[..26];
        return [.. _sessions.Values.Select(e => e.View)
            .Where(s => s.Units.Any(u => u.Rsc.StartsWith(prefix, StringComparison.Ordinal)))
            .OrderBy(s => s.StartUtc).ThenBy(s => s.Code, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public void Save(Stream destination) => ProjectionState.WriteLines(destination,
        _sessions.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new SavedStreamState<Session>(e.Key, e.Value.View.Version, e.Value.State)));

    /// <inheritdoc />
    public void Load(Stream source)
    {
        foreach (var saved in ProjectionState.ReadLines<SavedStreamState<Session>>(source))
        {
            Put(saved.Key, saved.State, saved.Version);
        }
    }

    /// <inheritdoc />
    protected override void Apply(StoredEvent stored, object? data)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (data is not ISessionEvent @event)
        {
            return;
        }

        var code = stored.StreamId["session-".Length..];
        var state = Session.Evolve(_sessions.TryGetValue(code, out var entry) ? entry.State : Session.Unscheduled, @event);
        Put(code, state, stored.StreamVersion);
    }

    private void Put(string code, Session state, long version)
    {
        _sessions[code] = (state, SessionViews.From(state, version));
        foreach (var unit in state.Units)
        {
            _sessionOfUnit[unit.Rsc] = code;
        }
    }
}
