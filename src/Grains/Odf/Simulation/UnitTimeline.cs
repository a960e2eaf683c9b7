using System.Xml.Linq;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Odf.Simulation;

/// <summary>
/// One unit's messages: DT_RESULT START_LIST, LIVE (at most one per 0.25 s of plan time), UNCONFIRMED when it ends,
/// UNOFFICIAL, OFFICIAL, now and then a duplicate of OFFICIAL and a correction; DT_CURRENT between the LIVE results.
/// The statuses follow the sessions' result transitions, so every version applies to the unit's session.
/// </summary>
internal sealed class UnitTimeline(SimulationOptions options, PlanClock clock, Random random)
{
    private static readonly TimeSpan _resultGap = TimeSpan.FromSeconds(0.25);
    private static readonly TimeSpan _tick = TimeSpan.FromMilliseconds(1);

    public (List<PlannedMessage> Messages, TimeSpan Running, TimeSpan Finished) Play(
        CompetitionUnit unit, IReadOnlyList<GamesAthlete> startList, OdfEnvelope result, OdfEnvelope current)
    {
        var messages = new List<PlannedMessage>();
        var (version, currentVersion) = (0, 0);
        var next = TimeSpan.MinValue;
        PlannedMessage Result(DateTimeOffset instant, string status, PlannedKind kind, params object[] content)
        {
            var at = Max(clock.PlanAt(instant), next);
            next = at + _resultGap;
            var message = result.Message(at, clock, kind == PlannedKind.Duplicate ? version : ++version, status, kind, content);
            messages.Add(message);
            return message;
        }

        var final = startList.OrderBy(_ => random.Next()).ToList();
        Result(unit.Start.AddMinutes(-10), "START_LIST", PlannedKind.Original, UnitResults.StartList(startList));
        var running = TimeSpan.MaxValue;
        var step = (unit.End - unit.Start) / options.LiveUpdates;
        for (var k = 1; k <= options.LiveUpdates; k++)
        {
            var live = Result(unit.Start + (step * (k - 1)), "LIVE", PlannedKind.Original, UnitResults.Ranked(Shuffled(final), k));
            running = Min(running, live.At);
            var gap = Max(clock.PlanAt(unit.Start + (step * k)) - live.At, _tick * (options.CurrentsPerLive + 1)) / (options.CurrentsPerLive + 1);
            for (var c = 1; c <= options.CurrentsPerLive; c++)
            {
                messages.Add(current.Message(live.At + (gap * c), clock, ++currentVersion, null, PlannedKind.Original, Current(final, k, c)));
            }
        }

        var finished = Result(unit.End, "UNCONFIRMED", PlannedKind.Original, UnitResults.Ranked(final, options.LiveUpdates + 1)).At;
        Result(unit.End.AddMinutes(2), "UNOFFICIAL", PlannedKind.Original, UnitResults.Ranked(final, options.LiveUpdates + 1));
        var official = Result(unit.End.AddMinutes(5), "OFFICIAL", PlannedKind.Original, UnitResults.Ranked(final, options.LiveUpdates + 1));
        if (random.NextDouble() < options.DuplicateRate)
        {
            messages.Add(official with { At = Max(clock.PlanAt(unit.End.AddMinutes(6)), next), Kind = PlannedKind.Duplicate });
            next = messages[^1].At + _resultGap;
        }

        if (random.NextDouble() < options.CorrectionRate)
        {
            var corrected = final.Count >= 3 ? [final[0], final[2], final[1], .. final.Skip(3)] : final;
            Result(unit.End.AddMinutes(15), "OFFICIAL", PlannedKind.Correction,
                UnitResults.Ranked(corrected, options.LiveUpdates + 1), UnitResults.Note(version + 1, "Ranks corrected after review of the photo finish."));
        }

        messages.Sort((a, b) => a.At.CompareTo(b.At));
        return (messages, running, finished);
    }

    private List<GamesAthlete> Shuffled(List<GamesAthlete> order)
    {
        var live = order.ToList();
        for (var i = 0; i + 1 < live.Count; i += 2)
        {
            if (random.Next(2) == 0)
            {
                (live[i], live[i + 1]) = (live[i + 1], live[i]);
            }
        }

        return live;
    }

    private static XElement Current(List<GamesAthlete> order, int live, int tick) => new("Current",
        new XAttribute("Leader", order.Count == 0 ? "" : order[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new XAttribute("Progress", $"{live}.{tick}"));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a <= b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a >= b ? a : b;
}
