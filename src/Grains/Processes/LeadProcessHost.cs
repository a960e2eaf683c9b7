using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Olympics.Orleans.Grains.Processes;

/// <summary>
/// Runs a cluster-wide process on this silo while it holds the process's lease: a new instance of the process each
/// time it takes the lead, stopped (and so checkpointed) when it loses it or the silo stops. The processes start from
/// their checkpoints and their commands are idempotent, so a lead that moves repeats a little work and skips none.
/// </summary>
public sealed partial class LeadProcessHost(string name, Func<IHostedService> create, IProcessLeadership leadership, ILogger<LeadProcessHost> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await using var lease = await leadership.AcquireAsync(name, stoppingToken);
            LogLeading(logger, name);
            using var term = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lease.Lost);
            var process = create();
            try
            {
                await process.StartAsync(term.Token);
                await Task.Delay(Timeout.Infinite, term.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            finally
            {
                await process.StopAsync(CancellationToken.None);
                (process as IDisposable)?.Dispose();
            }

            if (!stoppingToken.IsCancellationRequested)
            {
                LogLost(logger, name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This silo now runs the cluster's {Process} process.")]
    private static partial void LogLeading(ILogger logger, string process);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This silo lost the lead of the {Process} process; it stopped here and waits to lead again.")]
    private static partial void LogLost(ILogger logger, string process);
}
