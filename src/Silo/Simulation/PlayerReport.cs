using Olympics.Orleans.Grains.Odf.Simulation;

namespace Olympics.Orleans.Silo.Simulation;

/// <summary>A message the silo answered 200, with the outcome it named (Stored, Duplicate ...).</summary>
public sealed record PlayerAnswer(PlannedMessage Message, string Outcome, int Attempts);

/// <summary>A message never answered 200 within the attempts allowed, and the last reason.</summary>
public sealed record PlayerFailure(PlannedMessage Message, string Reason, int Attempts);

/// <summary>Where a run stands: messages finished (answered or failed) of the plan's total.</summary>
public sealed record PlayerProgress(int Done, int Total, int Failed);

/// <summary>What became of a plan: every message is either answered or failed.</summary>
public sealed record PlayerReport(int Planned, IReadOnlyList<PlayerAnswer> Answers, IReadOnlyList<PlayerFailure> Failures)
{
    /// <summary>Messages posted at least once.</summary>
    public int Sent => Answers.Count + Failures.Count;

    /// <summary>Answers by outcome.</summary>
    public IReadOnlyDictionary<string, int> Acknowledged =>
        Answers.GroupBy(a => a.Outcome, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Posts beyond the first, over all messages.</summary>
    public int Retries => Answers.Sum(a => a.Attempts - 1) + Failures.Sum(f => f.Attempts - 1);

    /// <summary>Whether every planned message was answered 200.</summary>
    public bool AllAcknowledged => Failures.Count == 0 && Answers.Count == Planned;
}
