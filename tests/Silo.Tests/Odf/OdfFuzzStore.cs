using System.Text;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Grains.Odf;

namespace Olympics.Orleans.Silo.Tests.Odf;

/// <summary>
/// The event log after a fuzz run against the answers: every message acknowledged as stored or withdrawn is there, byte
/// for byte, and nothing else is (so no 4xx stored anything); a duplicate's version is stored; each history is valid.
/// </summary>
internal sealed class OdfFuzzStore(RunningSilo silo, int seed)
{
    public async Task ShouldHoldExactlyTheAcknowledgedAsync(IReadOnlyList<OdfFuzzCase> cases, OdfFuzzAnswer[] answers)
    {
        var acknowledged = answers.Select((a, i) => (a.Receipt, Case: cases[i], Index: i))
            .Where(a => a.Receipt?.Outcome is OdfOutcome.Stored or OdfOutcome.Withdrawn)
            .ToLookup(a => $"odf-{a.Receipt!.DocumentKey}", a => (Entry: $"{a.Receipt!.Outcome}/{a.Receipt.Version}/{Text(a.Case.Body)}", a.Index));
        var stored = await StoredAsync();

        foreach (var stream in acknowledged)
        {
            var history = stored.GetValueOrDefault(stream.Key, []).Select(e => e.Entry).ToHashSet(StringComparer.Ordinal);
            foreach (var (entry, index) in stream)
            {
                history.ShouldContain(entry, $"seed {seed}: mutation #{index} was acknowledged but is not stored\n{cases[index]}");
            }
        }

        foreach (var (stream, history) in stored)
        {
            var expected = acknowledged[stream].Select(a => a.Entry).ToHashSet(StringComparer.Ordinal);
            history.Where(e => !expected.Contains(e.Entry)).Select(e => e.Entry[..Math.Min(e.Entry.Length, 400)])
                .ShouldBeEmpty($"seed {seed}: stored in {stream} without a 200 that said so");
            ValidHistory(stream, history);
        }

        foreach (var (answer, index) in answers.Select((a, i) => (a, i)).Where(a => a.a.Receipt?.Outcome == OdfOutcome.Duplicate))
        {
            stored.GetValueOrDefault($"odf-{answer.Receipt!.DocumentKey}", []).ShouldContain(e => e.Version == answer.Receipt.Version,
                $"seed {seed}: mutation #{index} was a duplicate of a version never stored\n{cases[index]}");
        }
    }

    private void ValidHistory(string stream, List<(int Version, bool Withdrawal, string Entry)> history)
    {
        // A history may start with a withdrawal (it can arrive before any version); after that, versions only go up.
        var received = history.Where(e => !e.Withdrawal).Select(e => e.Version).ToList();
        received.Zip(received.Skip(1)).ShouldAllBe(pair => pair.First < pair.Second, $"seed {seed}: {stream}");
        history.Zip(history.Skip(1)).ShouldAllBe(pair => pair.First.Version < pair.Second.Version
            || (pair.First.Version == pair.Second.Version && !pair.First.Withdrawal && pair.Second.Withdrawal), $"seed {seed}: {stream}");
    }

    private async Task<Dictionary<string, List<(int Version, bool Withdrawal, string Entry)>>> StoredAsync()
    {
        var store = silo.Service<IEventStore>();
        var serializer = silo.Service<EventSerializer>();
        var streams = new Dictionary<string, List<(int, bool, string)>>(StringComparer.Ordinal);
        await foreach (var stored in store.ReadAllAsync(new ReadAllOptions(Category: "odf", MaxCount: 100_000), TestContext.Current.CancellationToken))
        {
            var entry = serializer.Deserialize(stored.Type, stored.Data) switch
            {
                OdfDocumentReceived e => (e.Header.Version, false, $"{OdfOutcome.Stored}/{e.Header.Version}/{e.Xml}"),
                OdfDocumentWithdrawn e => (e.Header.Version, true, $"{OdfOutcome.Withdrawn}/{e.Header.Version}/{e.Xml}"),
                var other => throw new InvalidOperationException($"Unexpected event {other.GetType().Name} in {stored.StreamId}."),
            };
            (streams.TryGetValue(stored.StreamId, out var list) ? list : streams[stored.StreamId] = []).Add(entry);
        }

        return streams;
    }

    private static string Text(byte[] body) => Encoding.UTF8.GetString(body).TrimStart('\uFEFF');
}
