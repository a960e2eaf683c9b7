using System.Net;
using System.Net.Sockets;

namespace Olympics.Orleans.Silo.Tests;

/// <summary>
/// A loopback TCP relay to PostgreSQL that a test can cut and restore, to make the database unreachable for one
/// silo without touching the server the other tests use.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _cts = new();

    public TcpForwarder(string host, int port)
    {
        _target = new IPEndPoint(IPAddress.Parse(host == "localhost" ? "127.0.0.1" : host), port);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public void Start()
    {
        _cts = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = AcceptLoop(_listener, _cts.Token);
    }

    /// <summary>Stops listening and drops every relayed connection.</summary>
    public void Cut()
    {
        _cts.Cancel();
        _listener?.Stop();
        lock (_open)
        {
            _open.ForEach(c => c.Dispose());
            _open.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        _cts.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptLoop(TcpListener listener, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var inbound = await listener.AcceptTcpClientAsync(ct);
                var outbound = new TcpClient();
                await outbound.ConnectAsync(_target, ct);
                lock (_open)
                {
                    _open.Add(inbound);
                    _open.Add(outbound);
                }

                _ = Pump(inbound.GetStream(), outbound.GetStream(), ct);
                _ = Pump(outbound.GetStream(), inbound.GetStream(), ct);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Cut: the loop ends.
        }
    }

    private static async Task Pump(Stream from, Stream to, CancellationToken ct)
    {
        try
        {
            await from.CopyToAsync(to, ct);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // One side went away; the other is closed by Cut or by its peer.
        }
    }
}
