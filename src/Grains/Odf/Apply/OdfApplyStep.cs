namespace Olympics.Orleans.Grains.Odf.Apply;

/// <summary>Which grain a step's command goes to; <see cref="OdfApplyStep.Key"/> says which one.</summary>
public enum OdfTarget
{
    /// <summary>The session holding the unit whose RSC is the key (found in the session catalog).</summary>
    SessionOfUnit,

    /// <summary>The session whose code is the key.</summary>
    Session,

    /// <summary>Every session holding units of the phase whose RSC is the key.</summary>
    SessionsOfPhase,

    /// <summary>The venue whose code is the key.</summary>
    Venue,

    /// <summary>The discipline whose code is the key (its results system's keep-alives).</summary>
    Discipline,

    /// <summary>
    /// The venue registered under the key; when there is none, the discipline of that code if sessions of it are scheduled
    /// (a keep-alive's three letters may name either).
    /// </summary>
    VenueOrDiscipline,

    /// <summary>The medals of the competition whose code is the key.</summary>
    Medals,
}

/// <summary>One command (a record of the contracts) for the grain <paramref name="Target"/> and <paramref name="Key"/> name.</summary>
public sealed record OdfApplyStep(OdfTarget Target, string Key, object Command);

/// <summary>
/// What a stored ODF document means for the grains: the steps to run, or why it is refused (a malformed body: nothing
/// runs), or nothing (a type that is only stored and distributed, or a withdrawal that changes nothing, with the reason).
/// </summary>
/// <param name="Steps">The commands to send, in order.</param>
/// <param name="Refusal">Why the document cannot apply; null when it can.</param>
/// <param name="LeftAsIs">Why a document with no steps changes nothing, when that is worth a log line (a withdrawal).</param>
public sealed record OdfApplyDecision(IReadOnlyList<OdfApplyStep> Steps, string? Refusal = null, string? LeftAsIs = null)
{
    /// <summary>Nothing to do.</summary>
    public static OdfApplyDecision Nothing { get; } = new([]);
}
