namespace Olympics.Orleans;

/// <summary>A grain call did not complete within its timeout. The call may still complete on the grain.</summary>
public sealed class GrainCallTimeoutException : TimeoutException
{
    /// <summary>Creates the exception for a call to <paramref name="method"/> on <paramref name="grain"/>.</summary>
    public GrainCallTimeoutException(GrainId grain, string method, TimeSpan timeout)
        : base($"Call to {method} on grain '{grain}' did not complete within {timeout.TotalSeconds:0.###} s.")
    {
        Grain = grain;
        Method = method;
        Timeout = timeout;
    }

    /// <summary>The grain that was called.</summary>
    public GrainId Grain { get; }

    /// <summary>The method that was called, as Interface.Method.</summary>
    public string Method { get; }

    /// <summary>The timeout that expired.</summary>
    public TimeSpan Timeout { get; }
}
