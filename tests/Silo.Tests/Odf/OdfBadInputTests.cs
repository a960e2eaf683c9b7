using System.Net;
using System.Net.Http.Json;
using System.Text;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Odf;

/// <summary>
/// 10,000 mutated messages over HTTP from a few concurrent clients: never a 5xx, the silo stays ready throughout, and
/// what is stored is exactly what the silo acknowledged as stored, as a valid version history per document.
/// </summary>
public sealed class OdfBadInputTests : IAsyncLifetime
{
    private const int Clients = 4;
    private static readonly int[] _expectedStatuses = [200, 400, 401, 403, 413, 415];
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await OdfSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private sealed record Answer(int Status, OdfReceipt? Receipt);

    [Fact]
    public async Task Ten_thousand_mutated_messages_never_cause_a_5xx_and_leave_only_acknowledged_valid_histories()
    {
        var cases = OdfFuzzCases.Generate(10_000, seed: 20240804);
        var answers = new Answer[cases.Count];
        using var sending = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var health = WatchHealthAsync(sending.Token);

        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < cases.Count; i = Interlocked.Increment(ref next))
            {
                answers[i] = await SendAsync(cases[i]);
            }
        }));
        await sending.CancelAsync();
        var readiness = await health;

        answers.Select((a, i) => (a.Status, cases[i].Kind)).Where(a => !_expectedStatuses.Contains(a.Status)).ShouldBeEmpty();
        readiness.ShouldNotBeEmpty();
        readiness.ShouldAllBe(status => status == HttpStatusCode.OK);
        (await _silo.Http.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        answers.Count(a => a.Receipt?.Outcome == OdfOutcome.Stored).ShouldBeGreaterThan(100);
        answers.Count(a => a.Status == 400).ShouldBeGreaterThan(3000);
        await StoredHistoriesMatchTheAnswers(cases, answers);
    }

    private async Task<Answer> SendAsync(OdfFuzzCase fuzz)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/odf/messages") { Content = new ByteArrayContent(fuzz.Wire) };
        if (fuzz.Gzip)
        {
            request.Content.Headers.ContentEncoding.Add("gzip");
        }

        if (fuzz.Key is not null)
        {
            request.Headers.Add("X-API-KEY", fuzz.Key);
        }

        using var response = await _silo.Http.SendAsync(request, TestContext.Current.CancellationToken);
        return new((int)response.StatusCode, response.IsSuccessStatusCode
            ? await response.Content.ReadFromJsonAsync<OdfReceipt>(SiloHttp.Json, TestContext.Current.CancellationToken)
            : null);
    }

    private async Task<List<HttpStatusCode>> WatchHealthAsync(CancellationToken ct)
    {
        var statuses = new List<HttpStatusCode>();
        while (!ct.IsCancellationRequested)
        {
            using var response = await _silo.Http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return statuses;
    }

    private async Task StoredHistoriesMatchTheAnswers(IReadOnlyList<OdfFuzzCase> cases, Answer[] answers)
    {
        var acknowledged = answers.Select((a, i) => (a.Receipt, Case: cases[i]))
            .Where(a => a.Receipt?.Outcome is OdfOutcome.Stored or OdfOutcome.Withdrawn)
            .Select(a => (Stream: $"odf-{a.Receipt!.DocumentKey}", Entry: $"{a.Receipt.Outcome}/{a.Receipt.Version}/{Text(a.Case.Body)}"))
            .ToLookup(a => a.Stream, a => a.Entry);
        var stored = await StoredAsync();

        stored.Keys.Order(StringComparer.Ordinal).ShouldBe(acknowledged.Select(g => g.Key).Order(StringComparer.Ordinal));
        foreach (var (stream, history) in stored)
        {
            history.Select(e => e.Entry).Order(StringComparer.Ordinal).ShouldBe(acknowledged[stream].Order(StringComparer.Ordinal), stream);
            ValidHistory(stream, history);
        }
    }

    private static void ValidHistory(string stream, List<(int Version, bool Withdrawal, string Entry)> history)
    {
        // A history may start with a withdrawal (it can arrive before any version); after that, versions only go up.
        var received = history.Where(e => !e.Withdrawal).Select(e => e.Version).ToList();
        received.Zip(received.Skip(1)).ShouldAllBe(pair => pair.First < pair.Second, stream);
        history.Zip(history.Skip(1)).ShouldAllBe(pair => pair.First.Version < pair.Second.Version
            || (pair.First.Version == pair.Second.Version && !pair.First.Withdrawal && pair.Second.Withdrawal), stream);
    }

    private async Task<Dictionary<string, List<(int Version, bool Withdrawal, string Entry)>>> StoredAsync()
    {
        var store = _silo.Service<IEventStore>();
        var serializer = _silo.Service<EventSerializer>();
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
