namespace Olympics.Orleans.Grains.Sessions;

/// <summary>
/// ODF's version rule inside a session: each ODF document (a unit's DT_RESULT, its DT_CURRENT, the session's
/// DT_SCHEDULE_UPDATE, a phase's DT_PHASE_RESULT) has its own version sequence, and the session keeps the highest version
/// of each that changed it. A command carrying a version at or below that one was applied already (a replay after a
/// crash): it changes nothing and is never refused. Commands without a version (the HTTP API) are decided as always.
/// </summary>
internal static class OdfVersions
{
    /// <summary>Whether a command of <paramref name="given"/> version is already applied, given the <paramref name="held"/> one.</summary>
    public static bool Applied(int? given, int? held) => given is { } version && held is { } newest && version <= newest;

    /// <summary>The highest version after an event of <paramref name="given"/> version (null when not from ODF).</summary>
    public static int? Newest(int? held, int? given) => given is not { } version ? held : held is { } newest && newest > version ? newest : version;

    /// <summary>An ODF version is positive.</summary>
    public static void Validate(int? version)
    {
        if (version is < 1)
        {
            throw new InvalidCommandException("odfVersion", $"An ODF version is 1 or more, not {version}.");
        }
    }
}
