using static Olympics.Orleans.Contracts.Sessions.ResultStatus;

namespace Olympics.Orleans.Contracts.Sessions;

/// <summary>
/// Which result status may follow which (ODF: START_LIST -> LIVE &lt;-> INTERMEDIATE -> UNCONFIRMED -> UNOFFICIAL ->
/// OFFICIAL; PROTESTED after a protest, then back to UNOFFICIAL or OFFICIAL; PARTIAL official but incomplete;
/// PROVISIONAL on hold). Results messages are complete, so a status may follow itself with newer results.
/// <list type="table">
/// <listheader><term>from</term><description>allowed next statuses</description></listheader>
/// <item><term>START_LIST</term><description>LIVE, UNOFFICIAL, PROVISIONAL (UNOFFICIAL for sports with no live data)</description></item>
/// <item><term>LIVE</term><description>LIVE, INTERMEDIATE, UNCONFIRMED, PROVISIONAL</description></item>
/// <item><term>INTERMEDIATE</term><description>LIVE, INTERMEDIATE, UNCONFIRMED, PROVISIONAL</description></item>
/// <item><term>UNCONFIRMED</term><description>UNCONFIRMED, UNOFFICIAL, PROVISIONAL</description></item>
/// <item><term>UNOFFICIAL</term><description>UNOFFICIAL, OFFICIAL, PARTIAL, PROTESTED, PROVISIONAL</description></item>
/// <item><term>OFFICIAL</term><description>OFFICIAL, PROTESTED</description></item>
/// <item><term>PROTESTED</term><description>PROTESTED, UNOFFICIAL, OFFICIAL</description></item>
/// <item><term>PARTIAL</term><description>PARTIAL, OFFICIAL, PROTESTED</description></item>
/// <item><term>PROVISIONAL</term><description>PROVISIONAL, LIVE, INTERMEDIATE, UNCONFIRMED, UNOFFICIAL</description></item>
/// </list>
/// START_LIST is only ever set by the start list itself. Once a unit has been OFFICIAL, every later result must
/// carry a note, and the notes accumulate. These rules hold for results entered through the API; a results system's ODF
/// versions are not held to them: the latest version is the truth, whatever versions were lost before it.
/// </summary>
public static class ResultTransitions
{
    private static readonly Dictionary<ResultStatus, ResultStatus[]> _next = new()
    {
        [StartList] = [Live, Unofficial, Provisional],
        [Live] = [Live, Intermediate, Unconfirmed, Provisional],
        [Intermediate] = [Live, Intermediate, Unconfirmed, Provisional],
        [Unconfirmed] = [Unconfirmed, Unofficial, Provisional],
        [Unofficial] = [Unofficial, Official, Partial, Protested, Provisional],
        [Official] = [Official, Protested],
        [Protested] = [Protested, Unofficial, Official],
        [Partial] = [Partial, Official, Protested],
        [Provisional] = [Provisional, Live, Intermediate, Unconfirmed, Unofficial],
    };

    /// <summary>The statuses that may follow <paramref name="from"/>.</summary>
    public static IReadOnlyList<ResultStatus> From(ResultStatus from) => _next.TryGetValue(from, out var next) ? next : [];

    /// <summary>Whether results in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool Allows(ResultStatus from, ResultStatus to) => From(from).Contains(to);
}
