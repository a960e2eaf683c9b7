namespace Olympics.Orleans.Client;

/// <summary>Where the silo is and who is calling.</summary>
public sealed record OlympicsClientOptions
{
    /// <summary>The silo's base address, e.g. http://localhost:5080/.</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>Recorded as the actor of every change this client makes (sent as the X-Actor header).</summary>
    public string? Actor { get; init; }

    /// <summary>How long one request may take. Default 30 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
