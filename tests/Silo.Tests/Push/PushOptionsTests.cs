using Microsoft.Extensions.Configuration;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Silo.Hosting;
using Olympics.Orleans.Silo.Push;

namespace Olympics.Orleans.Silo.Tests.Push;

public sealed class PushOptionsTests
{
    [Fact]
    public void Partners_and_defaults_are_read_from_configuration()
    {
        var options = PushOptions.From(Configuration(new()
        {
            ["Push:Partners:agency:Url"] = "http://127.0.0.1:9/odf",
            ["Push:Partners:agency:ApiKey"] = "secret",
            ["Push:Partners:agency:Tier"] = "feed",
            ["Push:Partners:agency:Disciplines:0"] = "ath",
        }));

        options.RetryInterval.ShouldBe(TimeSpan.FromSeconds(5));
        options.CoalesceWindow.ShouldBe(TimeSpan.FromMilliseconds(250));
        var partner = options.Partners.ShouldHaveSingleItem();
        partner.Consumer.ShouldSatisfyAllConditions(
            c => c.Name.ShouldBe("agency"), c => c.Tier.ShouldBe(FeedTier.Feed), c => c.Disciplines.ShouldBe(["ATH"]));
    }

    [Theory]
    [InlineData("Url", "not a url")]
    [InlineData("ApiKey", "")]
    [InlineData("Tier", "Vip")]
    public void A_bad_partner_setting_stops_the_silo_at_startup(string setting, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Push:Partners:agency:Url"] = "http://127.0.0.1:9/odf",
            ["Push:Partners:agency:ApiKey"] = "secret",
            ["Push:Partners:agency:Tier"] = "Cis",
        };
        settings[$"Push:Partners:agency:{setting}"] = value;

        Should.Throw<SiloStartupException>(() => PushOptions.From(Configuration(settings))).Message.ShouldContain(setting);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
