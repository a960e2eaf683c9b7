using Olympics.Orleans.EventStore.Postgres;

namespace Olympics.Orleans.EventStore.Tests.Postgres;

public sealed class CommitNotificationTests
{
    [Fact]
    public void A_payload_names_its_sender_and_the_categories_and_reads_back()
    {
        var instance = CommitNotification.NewInstance();

        var (sender, categories) = CommitNotification.Parse(CommitNotification.Format(instance, ["odf", "session"], 7900));

        sender.ShouldBe(instance);
        categories.ShouldBe(["odf", "session"]);
    }

    [Fact]
    public void Categories_too_long_for_one_notification_become_any_category()
    {
        var instance = CommitNotification.NewInstance();
        var many = Enumerable.Range(0, 2000).Select(i => $"category{i}").ToList();

        var payload = CommitNotification.Format(instance, many, 7900);

        payload.ShouldBe($"{instance}:");
        CommitNotification.Parse(payload).Categories.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("odf-session", null, new[] { "odf", "session" })]
    [InlineData("", null, new string[0])]
    [InlineData("not-an-instance:odf", null, new[] { "not", "an", "instance:odf" })]
    public void A_payload_without_a_sender_is_read_as_categories(string payload, string? sender, string[] categories)
    {
        var parsed = CommitNotification.Parse(payload);

        parsed.Instance.ShouldBe(sender);
        parsed.Categories.ShouldBe(categories);
    }
}
