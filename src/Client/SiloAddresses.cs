namespace Olympics.Orleans.Client;

/// <summary>
/// The silos a client may talk to: <see cref="OlympicsClientOptions.BaseAddress"/> first, then the failover
/// addresses. Every request goes to the current one; a silo that cannot be reached or answers 5xx makes the client
/// move on to the next, in turn, and stay there while it answers.
/// </summary>
internal sealed class SiloAddresses
{
    private readonly Uri[] _all;
    private int _current;

    public SiloAddresses(OlympicsClientOptions options)
    {
        _all = [Directory(options.BaseAddress), .. options.FailoverAddresses.Select(Directory)];
    }

    public Uri Current => _all[Volatile.Read(ref _current)];

    /// <summary>Points a request at the current silo; returns that silo, to report a failure of it.</summary>
    public Uri Address(HttpRequestMessage request)
    {
        var silo = Current;
        if (request.RequestUri is { IsAbsoluteUri: false } relative)
        {
            request.RequestUri = new Uri(silo, relative);
        }

        return silo;
    }

    /// <summary>Moves on from <paramref name="silo"/>, unless another request already did.</summary>
    public void Failed(Uri silo)
    {
        var index = Array.IndexOf(_all, silo);
        if (index >= 0 && _all.Length > 1)
        {
            Interlocked.CompareExchange(ref _current, (index + 1) % _all.Length, index);
        }
    }

    // Relative paths resolve under the address's own path only when it ends with '/'.
    private static Uri Directory(Uri address) =>
        address.AbsolutePath.EndsWith('/') ? address : new Uri(address.GetLeftPart(UriPartial.Path) + "/" + address.Query);
}
