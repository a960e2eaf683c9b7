using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Grains.Push;

namespace Olympics.Orleans.Grains.Tests.Push;

public sealed class PushBacklogTests
{
    private static readonly TimeSpan _window = TimeSpan.FromMilliseconds(250);
    private static readonly DateTimeOffset _t0 = new(2024, 8, 4, 21, 55, 0, TimeSpan.Zero);
    private int _position;

    [Fact]
    public void Messages_go_out_in_feed_order_at_once_when_their_documents_were_not_sent_lately()
    {
        var backlog = new PushBacklog(_window);
        backlog.Add(Message("A", 1));
        backlog.Add(Message("B", 1));

        backlog.Peek()!.Value.ShouldSatisfyAllConditions(n => n.Message.DocumentKey.ShouldBe("A"), n => n.Due.ShouldBeLessThanOrEqualTo(_t0));
        backlog.Delivered(_t0);
        backlog.Peek()!.Value.ShouldSatisfyAllConditions(n => n.Message.DocumentKey.ShouldBe("B"), n => n.Due.ShouldBeLessThanOrEqualTo(_t0));
    }

    [Fact]
    public void A_newer_version_replaces_the_pending_one_and_takes_its_place_in_the_order()
    {
        var backlog = new PushBacklog(_window);
        backlog.Add(Message("A", 1));
        backlog.Add(Message("B", 1));
        backlog.Add(Message("A", 2));

        backlog.Count.ShouldBe(2);
        backlog.Peek()!.Value.Message.DocumentKey.ShouldBe("B");
        backlog.Delivered(_t0);
        backlog.Peek()!.Value.Message.Header.Version.ShouldBe(2);
    }

    [Fact]
    public void A_document_sent_lately_waits_for_its_window_and_holds_back_the_ones_behind_it()
    {
        var backlog = new PushBacklog(_window);
        backlog.Add(Message("A", 1));
        backlog.Delivered(_t0);
        backlog.Add(Message("A", 2));
        backlog.Add(Message("B", 1));
        backlog.Add(Message("A", 3));

        // B was read after A 2, before A 3: A 3 now comes after B, which may go at once.
        backlog.Peek()!.Value.Message.DocumentKey.ShouldBe("B");
        backlog.Delivered(_t0);
        var next = backlog.Peek()!.Value;
        next.Message.Header.Version.ShouldBe(3);
        next.Due.ShouldBe(_t0 + _window);
    }

    [Fact]
    public void Nothing_pending_peeks_null()
    {
        var backlog = new PushBacklog(_window);

        backlog.Peek().ShouldBeNull();
        Should.Throw<InvalidOperationException>(() => backlog.Delivered(_t0));
    }

    private FeedMessage Message(string document, int version)
    {
        var header = new OdfHeader("OG2024", document, null, "DT_RESULT", null, version, "LIVE", "ENG", "P",
            new DateOnly(2024, 8, 4), new TimeOnly(21, 55), new DateOnly(2024, 8, 4), "SEQ_ATH");
        return new FeedMessage($"{++_position}", document, header, "<OdfBody/>", false, _t0);
    }
}
