namespace Olympics.Orleans.Silo.Simulation;

/// <summary>How the player posts a plan.</summary>
/// <param name="Speed">Plan seconds per wall-clock second (1 real time, 10 ten times faster); 0 is full speed: each message as soon as a slot is free.</param>
/// <param name="Concurrency">Most requests in flight; a document's messages still go one after the other, in version order.</param>
/// <param name="Gzip">Whether bodies are gzip-compressed, as the ODF transport sends them.</param>
/// <param name="RetryEverySeconds">Wait before re-posting a message that was not answered 200 (the ODF transport: about 5 s).</param>
/// <param name="MaxAttempts">Attempts per message before it counts as failed.</param>
public sealed record PlayerOptions(double Speed = 1, int Concurrency = 8, bool Gzip = true, double RetryEverySeconds = 5, int MaxAttempts = 12)
{
    /// <summary>The wait between two attempts.</summary>
    public TimeSpan RetryEvery => TimeSpan.FromSeconds(RetryEverySeconds);
}
