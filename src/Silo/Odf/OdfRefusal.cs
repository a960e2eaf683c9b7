namespace Olympics.Orleans.Silo.Odf;

/// <summary>A message refused at the HTTP edge before it reaches a grain (size, encoding): the status and the reason.</summary>
internal sealed class OdfRefusal(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public IResult ToProblem() => TypedResults.Problem(statusCode: Status, title: Title, detail: Message);
}
