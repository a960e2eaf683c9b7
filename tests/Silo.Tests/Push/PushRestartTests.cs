namespace Olympics.Orleans.Silo.Tests.Push;

public sealed class PushRestartTests
{
    [Fact]
    public async Task A_restart_mid_queue_loses_nothing_and_resends_nothing_delivered()
    {
        await using var partner = await FakePartner.StartAsync();
        string schema;
        await using (var first = await PushSilo.StartAsync(partner))
        {
            schema = first.Schema;
            for (var n = 1; n <= 3; n++)
            {
                await first.PostAsync(1, PushSilo.Code(n));
            }

            await partner.WaitForAsync(r => r.Is(PushSilo.Code(3), 1) && r.Status == 200);
            // The partner goes down: the rest of the queue is pending when the silo stops.
            partner.DefaultStatus = 500;
            for (var n = 4; n <= 6; n++)
            {
                await first.PostAsync(1, PushSilo.Code(n));
            }

            await partner.WaitForAsync(r => r.Is(PushSilo.Code(4), 1));
        }

        partner.DefaultStatus = 200;
        await using var second = await PushSilo.StartInSchemaAsync(schema, partner);
        for (var n = 7; n <= 8; n++)
        {
            await second.PostAsync(1, PushSilo.Code(n));
        }

        await partner.WaitForAsync(r => r.Is(PushSilo.Code(8), 1) && r.Status == 200);

        partner.Accepted.ShouldBe([.. Enumerable.Range(1, 8).Select(n => OdfMessages.Xml(1, PushSilo.Code(n)))]);
    }
}
