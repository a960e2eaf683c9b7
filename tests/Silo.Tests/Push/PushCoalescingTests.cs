using Olympics.Orleans.Silo.Tests.Odf;

namespace Olympics.Orleans.Silo.Tests.Push;

public sealed class PushCoalescingTests
{
    [Fact]
    public async Task Quick_versions_of_one_document_go_out_as_the_latest_not_all_of_them()
    {
        await using var partner = await FakePartner.StartAsync();
        // A long window, so the three posts surely fall within it however slow the machine.
        await using var silo = await PushSilo.StartAsync(partner, "Cis", "--Push:CoalesceWindow=00:00:03");

        for (var version = 1; version <= 3; version++)
        {
            await silo.PostAsync(version);
        }

        await partner.WaitForAsync(r => r.Is(OdfMessages.Rsc, 3));
        // Another document after it shows nothing else of the first is still pending.
        await silo.PostAsync(1, PushSilo.Code(1));
        await partner.WaitForAsync(r => r.Is(PushSilo.Code(1), 1));

        var versions = partner.Received.Where(r => r.Xml.Contains(OdfMessages.Rsc, StringComparison.Ordinal)).ToList();
        // The first may go out at once (whichever version was read by then); the rest waits out the window and is coalesced.
        versions.Count.ShouldBeLessThan(3);
        versions[^1].Is(OdfMessages.Rsc, 3).ShouldBeTrue();
        versions.Count(r => r.Is(OdfMessages.Rsc, 3)).ShouldBe(1);
    }

    [Fact]
    public async Task A_feed_partner_never_receives_a_message_before_its_embargo()
    {
        var delay = TimeSpan.FromSeconds(1);
        await using var partner = await FakePartner.StartAsync();
        await using var silo = await PushSilo.StartAsync(partner, "Feed", $"--Feeds:FeedDelay={delay}");

        await silo.PostAsync(1);
        var received = await partner.WaitForAsync(r => r.Is(OdfMessages.Rsc, 1));

        var storedAt = (await silo.StreamAsync(OdfMessages.KeyOf())).Single().Timestamp;
        received.At.ShouldBeGreaterThanOrEqualTo(storedAt + delay);
    }
}
