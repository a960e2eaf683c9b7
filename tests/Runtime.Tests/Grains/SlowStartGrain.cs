namespace Olympics.Orleans.Runtime.Tests.Grains;

public interface ISlowStartGrain : IGrainWithStringKey
{
    Task<string> Ping();
}

/// <summary>Activates only when the test lets it: for shutdowns that meet an activation half-way.</summary>
public sealed class SlowStartGrain : Grain, ISlowStartGrain
{
    public static TaskCompletionSource Gate { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Gate.Task;

    public Task<string> Ping() => Task.FromResult("pong");
}
