using Olympics.Orleans.Silo.Tests.Odf;

namespace Olympics.Orleans.Silo.Tests.Push;

public sealed class PushDeliveryTests : IAsyncLifetime
{
    private FakePartner _partner = null!;
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync()
    {
        _partner = await FakePartner.StartAsync();
        _silo = await PushSilo.StartAsync(_partner);
    }

    public async ValueTask DisposeAsync()
    {
        await _silo.DisposeAsync();
        await _partner.DisposeAsync();
    }

    [Fact]
    public async Task A_stored_message_is_posted_gzipped_with_the_partners_key_and_recorded()
    {
        await _silo.PostAsync(1);

        var received = await _partner.WaitForAsync(r => r.Is(OdfMessages.Rsc, 1));

        received.ApiKey.ShouldBe(PushSilo.PartnerKey);
        received.ContentEncoding.ShouldBe("gzip");
        received.Xml.ShouldBe(OdfMessages.Xml(1));
        var stored = (await _silo.StreamAsync(OdfMessages.KeyOf())).Single();
        var delivered = await WaitForDeliveriesAsync(1);
        delivered.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            d => d.Token.ShouldBe(stored.Position.ToToken()),
            d => d.DocumentKey.ShouldBe(OdfMessages.KeyOf()),
            d => d.Version.ShouldBe(1),
            d => d.StoredAt.ShouldBe(stored.Timestamp),
            d => d.DeliveredAt.ShouldBeGreaterThanOrEqualTo(d.StoredAt));
    }

    [Fact]
    public async Task A_message_refused_twice_is_retried_until_200_and_delivered_once()
    {
        _partner.Answer(500, 503);

        await _silo.PostAsync(1, PushSilo.Code(1));
        await _partner.WaitForAsync(r => r.Is(PushSilo.Code(1), 1) && r.Status == 200);
        // A later message going out shows the first is done with.
        await _silo.PostAsync(1, PushSilo.Code(2));
        await _partner.WaitForAsync(r => r.Is(PushSilo.Code(2), 1) && r.Status == 200);

        _partner.Received.Where(r => r.Is(PushSilo.Code(1), 1)).Select(r => r.Status).ShouldBe([500, 503, 200]);
        _partner.Accepted.Count.ShouldBe(2);
        (await WaitForDeliveriesAsync(2)).Select(d => d.DocumentKey).ShouldBe([OdfMessages.KeyOf(PushSilo.Code(1)), OdfMessages.KeyOf(PushSilo.Code(2))]);
    }

    private async Task<Grains.Push.PushDelivered[]> WaitForDeliveriesAsync(int count)
    {
        for (var i = 0; i < 300; i++)
        {
            var delivered = await _silo.DeliveriesAsync();
            if (delivered.Length >= count)
            {
                return delivered;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"Fewer than {count} deliveries were recorded.");
    }
}
