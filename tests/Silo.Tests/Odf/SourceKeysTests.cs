using Microsoft.Extensions.Configuration;
using Olympics.Orleans.Silo.Hosting;
using Olympics.Orleans.Silo.Auth;

namespace Olympics.Orleans.Silo.Tests.Odf;

public sealed class SourceKeysTests
{
    private static RoleKeys Keys(params (string Source, string Key)[] sources) => RoleKeys.From(new ConfigurationBuilder()
        .AddInMemoryCollection(sources.Select(s => KeyValuePair.Create($"Odf:Sources:{s.Source}:ApiKey", (string?)s.Key)))
        .Build(), "Odf:Sources", SiloRoles.Source, "Odf sources");

    [Fact]
    public void A_key_authenticates_its_own_source_and_nothing_else_does()
    {
        var keys = Keys(("SEQ_ATH", "athletics-venue-key-0123"), ("SEQ_SWM", "aquatics-centre-key-0123"));

        (keys.Authenticate("athletics-venue-key-0123"), keys.Authenticate("aquatics-centre-key-0123")).ShouldBe(("SEQ_ATH", "SEQ_SWM"));
        keys.Authenticate("athletics-venue-key-012").ShouldBeNull();
        keys.Authenticate("").ShouldBeNull();
        keys.Authenticate(null).ShouldBeNull();
    }

    [Fact]
    public void No_configured_source_means_no_key_is_accepted() =>
        Keys().Authenticate("anything-at-all-0123456").ShouldBeNull();

    [Fact]
    public void A_short_key_stops_the_silo_at_start_naming_the_source() =>
        Should.Throw<SiloStartupException>(() => Keys(("SEQ_ATH", "short"))).Message.ShouldContain("Odf:Sources:SEQ_ATH:ApiKey");

    [Fact]
    public void Two_sources_sharing_a_key_stop_the_silo_at_start() =>
        Should.Throw<SiloStartupException>(() => Keys(("SEQ_ATH", "one-key-for-both-0123"), ("SEQ_SWM", "one-key-for-both-0123")))
            .Message.ShouldContain("SEQ_ATH, SEQ_SWM");
}
