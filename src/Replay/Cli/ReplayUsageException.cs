namespace Olympics.Orleans.Replay;

/// <summary>The command line cannot be used as given: names the option and says why (exit code 2).</summary>
internal sealed class ReplayUsageException(string option, string reason) : Exception($"--{option}: {reason}")
{
    /// <summary>The option at fault, without dashes.</summary>
    public string Option { get; } = option;
}

/// <summary>What was asked for does not exist; the message may carry close matches (exit code 3).</summary>
internal sealed class ReplayNotFoundException(string message) : Exception(message);
