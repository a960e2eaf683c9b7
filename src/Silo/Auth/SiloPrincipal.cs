using System.Security.Claims;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Silo.Auth;

/// <summary>The principal an authenticated credential becomes: its role, its owner's name, the actor it records and, for a consumer, its tier.</summary>
internal static class SiloPrincipal
{
    public const string ActorClaim = "olympics:actor";
    public const string TierClaim = "olympics:tier";

    public static ClaimsPrincipal Create(string scheme, string role, string name, FeedTier? tier = null)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.Role, role),
            new(ClaimTypes.Name, name),
            new(ActorClaim, role == SiloRoles.Operator ? role : $"{role}:{name}"),
        ];
        if (tier is { } t)
        {
            claims.Add(new(TierClaim, t.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The actor to record for the caller: the credential's owner, or "anonymous" without one.</summary>
    public static string Actor(ClaimsPrincipal user) => user.FindFirstValue(ActorClaim) ?? "anonymous";

    /// <summary>Whether the caller sees results live: an operator, competition management (who enter them) or a CIS consumer.</summary>
    public static bool SeesLive(ClaimsPrincipal user) =>
        user.IsInRole(SiloRoles.Operator) || user.IsInRole(SiloRoles.Management) || (user.IsInRole(SiloRoles.Consumer) && user.FindFirstValue(TierClaim) == nameof(FeedTier.Cis));
}
