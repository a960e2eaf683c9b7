namespace Olympics.Orleans.Replay.Cli;

/// <summary>What the tool's exit code means; the same for every command, listed in each --help.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>Ran, but not everything succeeded (e.g. the target refused some messages); the output says what.</summary>
    public const int Partial = 1;

    /// <summary>Bad usage: an unknown option, a malformed value; nothing was read or written.</summary>
    public const int Usage = 2;

    /// <summary>What was asked for does not exist (an unknown stream id; close matches are suggested).</summary>
    public const int NotFound = 3;

    /// <summary>The store is unreachable or refused the connection.</summary>
    public const int StoreUnavailable = 4;

    /// <summary>Failed for a reason none of the other codes names (the one-line message says which).</summary>
    public const int Failed = 5;

    /// <summary>Stopped by Ctrl+C (or SIGTERM) before the end; a resumable command says how to resume.</summary>
    public const int Interrupted = 130;

    /// <summary>The line that ends every command's --help.</summary>
    public const string Help = "Exit codes: 0 done, 1 partly done, 2 bad usage, 3 not found, 4 store unavailable, 5 failed, 130 interrupted.";
}
