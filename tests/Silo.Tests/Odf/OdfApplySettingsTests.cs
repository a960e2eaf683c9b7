using Microsoft.Extensions.Configuration;
using Olympics.Orleans.Silo.Hosting;
using Olympics.Orleans.Silo.Odf;

namespace Olympics.Orleans.Silo.Tests.Odf;

/// <summary>The ODF apply process's settings, checked at start.</summary>
public sealed class OdfApplySettingsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] settings) => new ConfigurationBuilder()
        .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
        .Build();

    [Fact]
    public void The_settings_have_defaults()
    {
        var options = OdfApplySettings.From(Configuration());

        (options.CheckpointInterval, options.CheckpointEvery).ShouldBe((TimeSpan.FromSeconds(1), 500));
    }

    [Theory]
    [InlineData("OdfApply:CheckpointInterval", "00:00:00")]
    [InlineData("OdfApply:CheckpointInterval", "2.00:00:00")]
    [InlineData("OdfApply:CheckpointEvery", "0")]
    [InlineData("OdfApply:MaxRetryDelay", "-00:00:01")]
    public void A_setting_out_of_range_stops_the_silo_at_start_naming_it(string key, string value) =>
        Should.Throw<SiloStartupException>(() => OdfApplySettings.From(Configuration((key, value)))).Message.ShouldStartWith(key);
}
