using System.Text;
using Microsoft.Extensions.Configuration;
using Olympics.Orleans.Silo.Auth;
using Olympics.Orleans.Testing;

namespace Olympics.Orleans.Silo.Tests.Auth;

public sealed class AccessTokensTests
{
    private readonly ManualTimeProvider _clock = new();

    private AccessTokens Tokens(string key = "a-signing-key-of-thirty-two-chars!!") => new(Encoding.UTF8.GetBytes(key), TimeSpan.FromMinutes(5), _clock);

    [Fact]
    public void A_token_names_its_consumer_until_its_lifetime_passes_on_the_injected_clock()
    {
        var tokens = Tokens();
        var (token, expiresAt) = tokens.Issue("media");

        _clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        tokens.Read(token).ShouldBe(("media", null));
        _clock.Advance(TimeSpan.FromSeconds(1));
        tokens.Read(token).Refusal!.ShouldContain($"expired at {expiresAt:O}");
    }

    [Fact]
    public void A_token_signed_with_another_key_or_garbled_is_refused()
    {
        var token = Tokens("another-signing-key-of-32-chars!!!").Issue("media").Token;

        Tokens().Read(token).Consumer.ShouldBeNull();
        Tokens().Read("no-dot-at-all").Consumer.ShouldBeNull();
        Tokens().Read("!!.??").Consumer.ShouldBeNull();
    }

    [Fact]
    public void A_short_signing_key_or_a_lifetime_over_an_hour_stops_the_silo_at_start()
    {
        Should.Throw<Hosting.SiloStartupException>(() => AccessTokens.From(Config(("Auth:TokenSigningKey", "short")), _clock)).Message.ShouldContain("Auth:TokenSigningKey");
        Should.Throw<Hosting.SiloStartupException>(() => AccessTokens.From(Config(("Auth:TokenLifetime", "02:00:00")), _clock)).Message.ShouldContain("Auth:TokenLifetime");
    }

    [Fact]
    public void One_key_configured_for_two_callers_of_different_roles_stops_the_silo_naming_both_settings() =>
        Should.Throw<Hosting.SiloStartupException>(() => SharedKeyCheck.Run(Config(
                ("Competition:Managers:ops:ApiKey", "one-key-for-two-roles-0123"), ("Feeds:Consumers:media:ApiKey", "one-key-for-two-roles-0123"))))
            .Message.ShouldContain("Competition:Managers:ops:ApiKey and Feeds:Consumers:media:ApiKey");

    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
}
