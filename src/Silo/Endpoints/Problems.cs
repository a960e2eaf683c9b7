namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>
/// The problem answers many routes share, declared for the API description; ProblemDetailsExceptionHandler is what
/// answers them, from the exceptions named here.
/// </summary>
internal static class Problems
{
    /// <summary>
    /// A route that calls grains or reads the event store: 503 with Retry-After when a silo left the cluster mid-call or
    /// the store is unreachable, 504 when a grain call timed out.
    /// </summary>
    public static TBuilder ProducesUnavailable<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status503ServiceUnavailable).ProducesProblem(StatusCodes.Status504GatewayTimeout);

    /// <summary>
    /// A command on an aggregate: 400 naming the malformed field, 409 when the state refuses the command or a concurrent
    /// change won the expected-version race, and the unavailable answers.
    /// </summary>
    public static TBuilder ProducesCommandProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesUnavailable();
}
