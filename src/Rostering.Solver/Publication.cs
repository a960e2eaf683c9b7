using Olympics.Orleans.Rostering.Events;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>A re-plan as a publication: its releases and assignments, each with the reason the re-planner gave.</summary>
public static class Publication
{
    public static PublishRoster Of(ReplanResult result, long unfilled, long score, string reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PublishRoster(
            result.Changes.Where(c => !c.Assigned).Select(c => (new Assignment(c.Shift, c.Volunteer), c.Reason.ToString())).ToList(),
            result.Changes.Where(c => c.Assigned).Select(c => (new Assignment(c.Shift, c.Volunteer), c.Reason.ToString())).ToList(),
            unfilled, score, reason, at);
    }
}
