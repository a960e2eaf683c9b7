using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Olympics.Orleans.Silo.Feeds;

namespace Olympics.Orleans.Silo.Auth;

/// <summary>
/// Authenticates the <c>?access_token=</c> of <c>/feeds/sse</c> and <c>/feeds/ws</c> (<see cref="AccessTokens"/>) as the
/// feed consumer it was issued to, unless the token expired or the consumer was revoked since.
/// </summary>
internal sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokens tokens, FeedConsumerKeys keys, FeedAccess access)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (SiloSchemes.Select(Context) != SiloSchemes.AccessToken)
        {
            return AuthenticateResult.NoResult();
        }

        var (name, refusal) = tokens.Read(Request.Query[AccessTokens.QueryParameter].ToString());
        if (refusal is not null)
        {
            return AuthenticateResult.Fail(refusal);
        }

        return keys.Find(name!) is { } consumer && await access.AdmitAsync(consumer, Context.RequestAborted) is not null
            ? AuthenticateResult.Success(new AuthenticationTicket(SiloPrincipal.Create(Scheme.Name, SiloRoles.Consumer, consumer.Name, consumer.Tier), Scheme.Name))
            : AuthenticateResult.Fail($"The {AccessTokens.QueryParameter} was issued to consumer '{name}', whose key was revoked or is no longer configured.");
    }
}
