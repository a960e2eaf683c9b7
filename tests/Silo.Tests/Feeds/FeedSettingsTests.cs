using Microsoft.Extensions.Configuration;
using Olympics.Orleans.Silo.Feeds;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>The consumers' sessions and the hub's and recorder's settings, read and checked at start.</summary>
public sealed class FeedSettingsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] settings) => new ConfigurationBuilder()
        .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
        .Build();

    [Fact]
    public void A_consumers_sessions_are_read_in_upper_case()
    {
        var keys = FeedConsumerKeys.From(Configuration(
            ("Feeds:Consumers:ath:ApiKey", "athletics-sessions-key-0123"), ("Feeds:Consumers:ath:Tier", "Cis"),
            ("Feeds:Consumers:ath:Sessions:0", "ath01"), ("Feeds:Consumers:ath:Sessions:1", "ATH02")));

        keys.Authenticate("athletics-sessions-key-0123")!.Sessions.Order().ShouldBe(["ATH01", "ATH02"]);
    }

    [Fact]
    public void A_session_that_is_not_a_session_code_stops_the_silo_at_start() =>
        Should.Throw<SiloStartupException>(() => FeedConsumerKeys.From(Configuration(
            ("Feeds:Consumers:ath:ApiKey", "athletics-sessions-key-0123"), ("Feeds:Consumers:ath:Tier", "Cis"), ("Feeds:Consumers:ath:Sessions:0", "ATH1"))))
            .Message.ShouldContain("Feeds:Consumers:ath:Sessions");

    [Fact]
    public void The_hub_and_recorder_settings_have_defaults()
    {
        var options = FeedOptions.From(Configuration());

        (options.Window.Duration, options.Window.MaxMessages, options.Window.FeedReleaseInterval).ShouldBe((TimeSpan.FromMinutes(1), 30_000, TimeSpan.FromMilliseconds(20)));
        (options.Delivery.SampleRate, options.Delivery.QueueCapacity, options.Delivery.FlushInterval, options.Delivery.BatchSize).ShouldBe((0.02, 100_000, TimeSpan.FromSeconds(1), 250));
    }

    [Theory]
    [InlineData("Feeds:WindowDuration", "00:00:02")]
    [InlineData("Feeds:WindowMessages", "0")]
    [InlineData("Feeds:FeedReleaseInterval", "00:00:02")]
    [InlineData("Feeds:DeliverySampleRate", "1.5")]
    [InlineData("Feeds:DeliveryQueueCapacity", "0")]
    [InlineData("Feeds:DeliveryFlushInterval", "00:00:00")]
    [InlineData("Feeds:DeliveryBatchSize", "0")]
    [InlineData("Feeds:MaxLag", "00:00:00")]
    public void A_bad_hub_or_recorder_setting_stops_the_silo_at_start_naming_it(string key, string value) =>
        Should.Throw<SiloStartupException>(() => FeedOptions.From(Configuration((key, value)))).Message.ShouldContain(key);
}
