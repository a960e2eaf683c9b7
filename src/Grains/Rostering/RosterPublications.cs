using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Events;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Grains.Rostering;

/// <summary>
/// A plan as a publication: the first revision assigns everyone ("planned"); a later one releases and assigns only the
/// difference from the published revision ("re-planned"), so the audit shows whose shifts changed.
/// </summary>
internal static class RosterPublications
{
    public static PublishRoster Of(Roster published, RosterPlan plan, CheckReport report, string reason, DateTimeOffset at)
    {
        if (published.Revision == 0)
        {
            return RosterDecider.First(plan, report.Score.UnfilledPlaces, report.Score.Total, at) with { Reason = reason };
        }

        var planned = plan.Assignments.ToHashSet();
        return new PublishRoster(
            published.Assignments.Where(a => !planned.Contains(a)).Select(a => (a, "re-planned")).ToList(),
            planned.Where(a => !published.Assignments.Contains(a)).Select(a => (a, "re-planned")).ToList(),
            report.Score.UnfilledPlaces, report.Score.Total, reason, at);
    }
}
