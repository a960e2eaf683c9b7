using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Odf;

/// <summary>
/// 10,000 mutations of the suite's valid ODF messages over HTTP from a few concurrent clients, on a real silo and
/// PostgreSQL: never a 5xx and the silo stays ready; each mutation whose answer is known gets it (a 400 naming the
/// attribute it broke); every 400 names one field; and what is stored is exactly what the silo acknowledged as stored.
/// The seed is OLYMPICS_FUZZ_SEED when set, else a new one; it is printed, and every failure shows it and the mutation.
/// </summary>
public sealed class OdfFuzzTests : IAsyncLifetime
{
    private const int Count = 10_000;
    private const int Clients = 4;
    private static readonly int[] _expectedStatuses = [200, 400, 401, 403, 413, 415];
    private readonly int _seed = Environment.GetEnvironmentVariable("OLYMPICS_FUZZ_SEED") is { Length: > 0 } text
        ? int.Parse(text, CultureInfo.InvariantCulture)
        : Random.Shared.Next();

    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() =>
        _silo = await RunningSilo.StartAsync(null, [.. OdfFuzzCorpus.Sources.Select(s => $"--Odf:Sources:{s}:ApiKey={OdfFuzzCorpus.KeyOf(s)}")]);

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Ten_thousand_mutated_messages_never_cause_a_5xx_each_gets_its_answer_and_only_acknowledged_messages_are_stored()
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"ODF fuzz seed {_seed} (set OLYMPICS_FUZZ_SEED={_seed} to repeat this run)");
        var cases = OdfMutations.Generate(Count, _seed);
        var answers = new OdfFuzzAnswer[cases.Count];
        // Ready first: the read models catch up after the start (slowly on a loaded machine); from then on it must stay ready.
        await _silo.ReadyAsync();
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

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", answers.Select((a, i) => $"{cases[i].Kind} {a.Status}")
            .GroupBy(k => k).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}")));
        foreach (var (answer, i) in answers.Select((a, i) => (a, i)))
        {
            Check(cases[i], answer, i);
        }

        readiness.ShouldNotBeEmpty();
        readiness.ShouldAllBe(status => status == HttpStatusCode.OK, $"seed {_seed}: the silo stopped being ready");
        (await _silo.Http.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        answers.Count(a => a.Receipt?.Outcome == OdfOutcome.Stored).ShouldBeGreaterThan(1500, $"seed {_seed}");
        answers.Count(a => a.Receipt?.Outcome is OdfOutcome.Duplicate or OdfOutcome.Superseded).ShouldBeGreaterThan(100, $"seed {_seed}");
        answers.Count(a => a.Receipt?.Outcome == OdfOutcome.Withdrawn).ShouldBeGreaterThan(50, $"seed {_seed}");
        answers.Count(a => a.Status == 400).ShouldBeGreaterThan(3000, $"seed {_seed}");
        await new OdfFuzzStore(_silo, _seed).ShouldHoldExactlyTheAcknowledgedAsync(cases, answers);
    }

    private void Check(OdfFuzzCase fuzz, OdfFuzzAnswer answer, int index)
    {
        var failure = $"seed {_seed}, mutation #{index} answered {answer.Status} {answer.Problem}\n{fuzz}";
        _expectedStatuses.ShouldContain(answer.Status, failure);
        if (fuzz.ExpectedStatus is { } status)
        {
            answer.Status.ShouldBe(status, failure);
        }

        if (answer.Status == 400)
        {
            var fields = answer.Problem is { } problem && problem.TryGetProperty("errors", out var errors)
                ? errors.EnumerateObject().Select(e => e.Name).ToArray()
                : [];
            fields.Length.ShouldBe(1, failure);
            if (fuzz.ExpectedField is { } field)
            {
                fields[0].ShouldBe(field, failure);
            }
        }
    }

    private async Task<OdfFuzzAnswer> SendAsync(OdfFuzzCase fuzz)
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
        var ct = TestContext.Current.CancellationToken;
        return response.IsSuccessStatusCode
            ? new((int)response.StatusCode, await response.Content.ReadFromJsonAsync<OdfReceipt>(SiloHttp.Json, ct), null)
            : new((int)response.StatusCode, null, response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                ? await response.Content.ReadFromJsonAsync<JsonElement>(ct)
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
}

/// <summary>What the silo answered one fuzz request: the status, the receipt of a 200, the problem of a 4xx.</summary>
internal sealed record OdfFuzzAnswer(int Status, OdfReceipt? Receipt, JsonElement? Problem);
