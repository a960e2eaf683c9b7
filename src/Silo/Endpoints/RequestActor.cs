using Olympics.Orleans.Silo.Auth;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>
/// Records who acts in every event a request causes: the authenticated caller (<c>source:&lt;name&gt;</c>,
/// <c>office:&lt;name&gt;</c>, <c>management:&lt;name&gt;</c>, <c>consumer:&lt;name&gt;</c>, <c>operator</c>), or
/// "anonymous". Never a header the caller sets: runs after authentication.
/// </summary>
internal static class RequestActor
{
    public static Task Flow(HttpContext context, RequestDelegate next)
    {
        ActorContext.Current = SiloPrincipal.Actor(context.User);
        return next(context);
    }
}
