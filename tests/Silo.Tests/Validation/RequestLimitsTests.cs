using Microsoft.Extensions.Configuration;
using Olympics.Orleans.Silo.Hosting;
using Olympics.Orleans.Silo.Validation;

namespace Olympics.Orleans.Silo.Tests.Validation;

/// <summary>The JSON write routes' limits, checked at start.</summary>
public sealed class RequestLimitsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] settings) => new ConfigurationBuilder()
        .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
        .Build();

    [Fact]
    public void The_limits_default_to_500_athletes_and_1_MiB_and_can_be_set()
    {
        var defaults = RequestLimits.From(Configuration());
        var set = RequestLimits.From(Configuration(("Limits:StartListAthletes", "80"), ("Limits:JsonBodyBytes", "4096")));

        (defaults.StartListAthletes, defaults.JsonBodyBytes).ShouldBe((500, 1024L * 1024));
        (set.StartListAthletes, set.JsonBodyBytes).ShouldBe((80, 4096L));
    }

    [Theory]
    [InlineData("Limits:StartListAthletes", "0")]
    [InlineData("Limits:JsonBodyBytes", "-1")]
    public void A_limit_that_is_not_positive_stops_the_silo_at_start_naming_it(string key, string value) =>
        Should.Throw<SiloStartupException>(() => RequestLimits.From(Configuration((key, value)))).Message.ShouldContain(key);
}
