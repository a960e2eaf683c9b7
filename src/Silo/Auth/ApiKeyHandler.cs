using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Olympics.Orleans.Silo.Feeds;

namespace Olympics.Orleans.Silo.Auth;

/// <summary>
/// Authenticates the key in <c>X-API-KEY</c>, or the password of HTTP Basic authentication (a browser asks for it once
/// on the dashboard and sends it with the page's every call; the user name is not checked), as one of the callers the
/// silo knows (<see cref="SiloCredentials"/>).
/// </summary>
internal sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SiloCredentials credentials)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if ((Request.Headers[FeedAccess.ApiKeyHeader].ToString() is { Length: > 0 } header ? header : BasicPassword(Request)) is not { } presented)
        {
            return AuthenticateResult.NoResult();
        }

        return await credentials.AuthenticateAsync(Request, presented, Scheme.Name) is { } principal
            ? AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name))
            : AuthenticateResult.Fail($"The key sent is not the key of any caller this silo knows, or its feed consumer was revoked.");
    }

    private static string? BasicPassword(HttpRequest request)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var authorization)
            && authorization.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            && authorization.Parameter is { } parameter)
        {
            var bytes = new byte[parameter.Length];
            if (Convert.TryFromBase64String(parameter, bytes, out var length))
            {
                var credentials = Encoding.UTF8.GetString(bytes, 0, length);
                return credentials.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? credentials[(colon + 1)..] : null;
            }
        }

        return null;
    }
}
