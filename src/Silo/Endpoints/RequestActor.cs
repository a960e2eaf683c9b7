namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>
/// Records who acts in every event a request causes: the <c>X-Actor</c> header, or "anonymous". Authentication
/// replaces the header with the authenticated identity when partner keys arrive.
/// </summary>
internal static class RequestActor
{
    public const string Header = "X-Actor";

    public static Task Flow(HttpContext context, RequestDelegate next)
    {
        var actor = context.Request.Headers[Header].ToString();
        ActorContext.Current = "http:" + (string.IsNullOrWhiteSpace(actor) || actor.Length > 200 ? "anonymous" : actor.Trim());
        return next(context);
    }
}
