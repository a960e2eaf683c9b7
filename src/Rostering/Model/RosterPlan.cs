namespace Olympics.Orleans.Rostering.Model;

/// <summary>A plan: who works which shift. Plain data; the checker judges it, the solver produces it.</summary>
public sealed record RosterPlan(IReadOnlyList<Assignment> Assignments)
{
    /// <summary>The shifts of each volunteer, by volunteer id.</summary>
    public List<int>[] ByVolunteer(int volunteers)
    {
        var result = new List<int>[volunteers];
        for (var v = 0; v < volunteers; v++)
        {
            result[v] = [];
        }

        foreach (var a in Assignments)
        {
            result[a.Volunteer].Add(a.Shift);
        }

        return result;
    }
}
