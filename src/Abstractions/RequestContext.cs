namespace Olympics.Orleans;

/// <summary>
/// Ambient values that flow with a call into grains and from grain to grain, like Orleans' RequestContext.
/// The actor (the user or system on whose behalf the call runs) is recorded in every event's metadata.
/// </summary>
public static class RequestContext
{
    private static readonly AsyncLocal<string?> _actor = new();

    /// <summary>The acting user or system; "system" when nobody set one.</summary>
    public static string Actor
    {
        get => _actor.Value ?? "system";
        set => _actor.Value = string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
