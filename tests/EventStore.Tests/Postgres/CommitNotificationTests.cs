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

        payload.ShouldBeEmpty();
        CommitNotification.Parse(payload).Categories.ShouldBeEmpty();
    }

    [Fact]
    public void A_store_of_the_previous_version_finds_its_categories_in_the_payload()
    {
        // It split the payload on '-' and woke the subscriptions of the categories it found; '' woke all.
        var payload = CommitNotification.Format(CommitNotification.NewInstance(), ["odf", "session"], 7900);

        payload.Split('-').Where(c => c is "odf" or "session").ShouldBe(["odf", "session"]);
        payload.Split('-').Count(c => c.Length > 0 && !c.StartsWith(':')).ShouldBe(2);
    }

    [Theory]
    [InlineData("odf-session", null, new[] { "odf", "session" })]
    [InlineData("", null, new string[0])]
    [InlineData("odf-:not-an-instance", null, new[] { "odf", ":not", "an", "instance" })]
    public void A_payload_without_a_sender_is_read_as_categories(string payload, string? sender, string[] categories)
    {
        var parsed = CommitNotification.Parse(payload);

        parsed.Instance.ShouldBe(sender);
        parsed.Categories.ShouldBe(categories);
    }
}
