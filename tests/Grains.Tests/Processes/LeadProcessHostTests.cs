using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Olympics.Orleans.Grains.Processes;

namespace Olympics.Orleans.Grains.Tests.Processes;

/// <summary>A cluster-wide process runs on this silo while it holds the lead, as a fresh instance each term.</summary>
public sealed class LeadProcessHostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_process_runs_only_while_the_lead_is_held_and_a_new_instance_runs_when_it_comes_back()
    {
        var leadership = new GrantedByTheTest();
        var processes = new List<CountingProcess>();
        var host = new LeadProcessHost("odf-apply", () => { var p = new CountingProcess(); processes.Add(p); return p; }, leadership,
            NullLogger<LeadProcessHost>.Instance);

        await host.StartAsync(Ct);
        processes.ShouldBeEmpty("no lead yet");
        var first = leadership.Grant();
        await EventuallyAsync(() => processes.Count == 1 && processes[0].Running);
        await first.LoseAsync();
        await EventuallyAsync(() => processes[0].Stopped);
        var second = leadership.Grant();
        await EventuallyAsync(() => processes.Count == 2 && processes[1].Running);
        await host.StopAsync(Ct);

        processes.ShouldAllBe(p => p.Stopped);
        leadership.Asked.ShouldBe(2, "once for each lead");
        second.Disposed.ShouldBeTrue("a silo that stops hands the lead back");
    }

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10, Ct);
        }

        condition().ShouldBeTrue();
    }

    private sealed class CountingProcess : IHostedService
    {
        public bool Running { get; private set; }

        public bool Stopped { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            Running = true;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            Running = false;
            Stopped = true;
            return Task.CompletedTask;
        }
    }

    private sealed class GrantedByTheTest : IProcessLeadership
    {
        private readonly Channel<TestLease> _grants = Channel.CreateUnbounded<TestLease>();

        public int Asked { get; private set; }

        public TestLease Grant()
        {
            var lease = new TestLease();
            _grants.Writer.TryWrite(lease);
            return lease;
        }

        public async Task<IProcessLease> AcquireAsync(string process, CancellationToken ct)
        {
            Asked++;
            return await _grants.Reader.ReadAsync(ct);
        }
    }

    private sealed class TestLease : IProcessLease
    {
        private readonly CancellationTokenSource _lost = new();

        public bool Disposed { get; private set; }

        public CancellationToken Lost => _lost.Token;

        public Task LoseAsync() => _lost.CancelAsync();

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
