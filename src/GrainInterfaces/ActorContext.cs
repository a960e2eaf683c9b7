using Orleans.Runtime;

namespace Olympics.Orleans;

/// <summary>
/// The user or system on whose behalf a call runs, recorded in every event's metadata. It travels with grain calls
/// in Orleans' <see cref="RequestContext"/>, so a call from an HTTP request to a grain, and on to other grains, keeps it.
/// </summary>
public static class ActorContext
{
    private const string Key = "olympics.actor";

    /// <summary>The acting user or system; "system" when nobody set one. Setting null or blanks clears it.</summary>
    public static string Current
    {
        get => RequestContext.Get(Key) as string ?? "system";
        set
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                RequestContext.Remove(Key);
            }
            else
            {
                RequestContext.Set(Key, value);
            }
        }
    }
}
