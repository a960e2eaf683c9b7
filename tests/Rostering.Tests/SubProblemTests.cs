using Olympics.Orleans.Rostering.Solver;

namespace Olympics.Orleans.Rostering.Tests;

public sealed class SubProblemTests
{
    [Fact]
    public void A_team_taken_in_part_is_scored_on_its_whole_gender_balance()
    {
        var instance = Tiny.Instance([Tiny.Volunteer(0, 'F'), Tiny.Volunteer(1, 'M')], [Tiny.Shift(0, 0, 8, 14)]);
        var shift = instance.Shifts[0];
        var pairs = new List<(int, Model.Shift, int)> { (0, shift, 0), (1, shift, 0) };
        // Two women of the same team already work the day's other shifts, outside the neighbourhood.
        var outside = new Dictionary<int, int> { [shift.Team] = 2 };

        var woman = SubProblem.Score([(0, shift)], pairs, instance, outside);
        var man = SubProblem.Score([(1, shift)], pairs, instance, outside);

        (woman - man).ShouldBe(2 * instance.Weights.GenderImbalance);
        SubProblem.Score([(0, shift)], pairs, instance, new Dictionary<int, int>()).ShouldBe(man);
    }
}
