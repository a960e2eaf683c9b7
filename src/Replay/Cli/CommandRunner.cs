using System.CommandLine;
using Olympics.Orleans.Replay.Store;

namespace Olympics.Orleans.Replay.Cli;

/// <summary>Runs a command's body and turns the tool's typed failures into one line on standard error and an exit code.</summary>
internal static class CommandRunner
{
    public static void SetRun(this Command command, ReplayConsole console, Func<ParseResult, CancellationToken, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction(async (result, ct) =>
        {
            try
            {
                return await run(result, ct);
            }
            catch (ReplayUsageException e)
            {
                return await FailAsync(console, command, e.Message, ExitCodes.Usage);
            }
            catch (ReplayNotFoundException e)
            {
                return await FailAsync(console, command, e.Message, ExitCodes.NotFound);
            }
            catch (ReplayStoreUnavailableException e)
            {
                return await FailAsync(console, command, e.Message, ExitCodes.StoreUnavailable);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return await FailAsync(console, command, "interrupted.", ExitCodes.Interrupted);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
            {
                // The store went away mid-run (opening it is checked with a clearer message by ReplayStore).
                return await FailAsync(console, command, $"the store stopped answering: {e.Message}", ExitCodes.StoreUnavailable);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return await FailAsync(console, command, $"failed: {e.GetType().Name}: {e.Message}", ExitCodes.Failed);
            }
        });
    }

    private static async Task<int> FailAsync(ReplayConsole console, Command command, string message, int code)
    {
        await console.Error.WriteLineAsync($"{command.Name}: {message}");
        return code;
    }
}
