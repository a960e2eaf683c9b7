namespace Olympics.Orleans.Contracts;

/// <summary>One page of a list query.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items on this page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">The most items a page holds.</param>
/// <param name="Total">How many items match the query over all pages.</param>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>Makes <see cref="ResultPage{T}"/>s.</summary>
public static class ResultPage
{
    /// <summary>The largest page size a query accepts.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Cuts one page out of an ordered sequence, checking the paging arguments.</summary>
    /// <exception cref="InvalidCommandException">page below 1, or pageSize outside 1..500.</exception>
    public static ResultPage<T> Of<T>(IEnumerable<T> ordered, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        if (page < 1)
        {
            throw new InvalidCommandException("page", $"page must be 1 or more, not {page}.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new InvalidCommandException("pageSize", $"pageSize must be between 1 and {MaxPageSize}, not {pageSize}.");
        }

        var all = ordered as IReadOnlyList<T> ?? [.. ordered];
        return new ResultPage<T>([.. all.Skip((page - 1) * pageSize).Take(pageSize)], page, pageSize, all.Count);
    }
}
