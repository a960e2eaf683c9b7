using System.Security.Claims;
using Olympics.Orleans.Silo.Feeds;

namespace Olympics.Orleans.Silo.Auth;

/// <summary>
/// Every key the silo knows, as digests compared in constant time (<see cref="Hosting.KeyRing{T}"/>): the operators'
/// key, the role keys (ODF sources, accreditation offices, competition management) and the feed consumers' keys.
/// </summary>
internal sealed class SiloCredentials(AdminKey admin, IEnumerable<RoleKeys> roles, FeedAccess consumers)
{
    private readonly RoleKeys[] _roles = [.. roles];

    /// <summary>The principal of the presented key, or null when it is nobody's (or its consumer was revoked).</summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(HttpRequest request, string presented, string scheme)
    {
        if (admin.Accepts(presented))
        {
            return SiloPrincipal.Create(scheme, SiloRoles.Operator, SiloRoles.Operator);
        }

        foreach (var ring in _roles)
        {
            if (ring.Authenticate(presented) is { } name)
            {
                return SiloPrincipal.Create(scheme, ring.Role, name);
            }
        }

        // Last: a consumer's key waits for this silo's revocations to catch up, which the other roles need not.
        return await consumers.AuthenticateAsync(request, presented) is { } consumer
            ? SiloPrincipal.Create(scheme, SiloRoles.Consumer, consumer.Name, consumer.Tier)
            : null;
    }
}
