using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Grains.Tests.Odf;

public sealed class OdfDocumentGrainTests
{
    private static readonly DateTimeOffset _at = new(2024, 8, 4, 19, 55, 12, TimeSpan.Zero);

    private static ReceiveOdfMessage Message(int version, bool withdrawal = false) =>
        OdfMessageParser.Parse(OdfMessages.Bytes(OdfMessages.Xml(version, withdrawal: withdrawal))).ToCommand(_at);

    [Fact]
    public async Task Receipts_say_what_became_of_each_message_and_only_applied_ones_are_stored()
    {
        var store = new InMemoryEventStore();
        await using var runtime = await Runtime(store);
        var key = Message(1).Header.DocumentKey;
        var document = runtime.Grains.GetGrain<IOdfDocumentGrain>(key);

        OdfOutcome[] outcomes =
        [
            (await document.ReceiveMessageAsync(Message(2))).Outcome,
            (await document.ReceiveMessageAsync(Message(2))).Outcome,
            (await document.ReceiveMessageAsync(Message(1))).Outcome,
            (await document.ReceiveMessageAsync(Message(3, withdrawal: true))).Outcome,
        ];

        outcomes.ShouldBe([OdfOutcome.Stored, OdfOutcome.Duplicate, OdfOutcome.Superseded, OdfOutcome.Withdrawn]);
        (await store.ReadStreamAsync($"odf-{key}").ToArrayAsync()).Select(e => e.Type).ShouldBe(["odf.document-received.v1", "odf.document-withdrawn.v1"]);
    }

    [Fact]
    public async Task The_latest_version_survives_a_new_runtime_because_its_state_is_its_events()
    {
        var store = new InMemoryEventStore();
        var key = Message(1).Header.DocumentKey;
        await using (var first = await Runtime(store))
        {
            var document = first.Grains.GetGrain<IOdfDocumentGrain>(key);
            await document.ReceiveMessageAsync(Message(1));
            await document.ReceiveMessageAsync(Message(2));
        }

        await using var second = await Runtime(store);
        var view = await second.Grains.GetGrain<IOdfDocumentGrain>(key).GetDocumentAsync();

        view.ShouldBe(new OdfDocumentView(key, Message(2).Header, false, Message(2).Xml, _at, 2));
    }

    [Fact]
    public async Task A_document_never_received_reads_as_null()
    {
        await using var runtime = await Runtime(new InMemoryEventStore());

        (await runtime.Grains.GetGrain<IOdfDocumentGrain>("OG2024|X||DT_RESULT||").GetDocumentAsync()).ShouldBeNull();
    }

    private static Task<TestSilo> Runtime(IEventStore store) => TestSilo.StartAsync(services => services.AddSingleton(store));
}
