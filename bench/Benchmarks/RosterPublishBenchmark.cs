using System.Diagnostics;
using Olympics.Orleans.Rostering.Events;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// A first publication of a roster of <c>--events</c> assignments (500,000 is Paris 2024's size) through
/// <see cref="RosterLog"/> on Marten, as the roster grain publishes it: the events the decider makes, appended in
/// batches at the expected version. Then the stream is read back and folded, as a roster grain does when it activates.
/// </summary>
internal static class RosterPublishBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var store = await BenchHost.PostgresAsync(options.Schema);
        // About three shifts per volunteer over 150,000 shifts of one to four people, as at full scale.
        var plan = new RosterPlan(Enumerable.Range(0, options.Events).Select(i => new Assignment(i / 3, i % 45_000)).ToList());
        var log = new RosterLog(store);

        var clock = Stopwatch.StartNew();
        var events = await log.PublishAsync("bench", RosterDecider.First(plan, 0, 0, DateTimeOffset.UtcNow), "bench:roster");
        var published = clock.Elapsed;
        clock.Restart();
        var (state, version) = await log.LoadAsync("bench");
        var loaded = clock.Elapsed;

        Console.WriteLine($"roster-publish: {plan.Assignments.Count:N0} assignments as {events.Count:N0} events in {published.TotalSeconds:0.0} s " +
            $"({events.Count / published.TotalSeconds:N0} events/s); read back and folded {version:N0} events ({state.Assignments.Count:N0} assignments) in {loaded.TotalSeconds:0.0} s");
        return 0;
    }
}
