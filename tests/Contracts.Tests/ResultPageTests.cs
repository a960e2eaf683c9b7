namespace Olympics.Orleans.Contracts.Tests;

public sealed class ResultPageTests
{
    [Fact]
    public void A_page_cuts_the_ordered_items_and_counts_them_all()
    {
        var page = ResultPage.Of(Enumerable.Range(1, 25), page: 3, pageSize: 10);

        page.Items.ShouldBe([21, 22, 23, 24, 25]);
        page.Total.ShouldBe(25);
    }

    [Theory]
    [InlineData(0, 10, "page")]
    [InlineData(1, 0, "pageSize")]
    [InlineData(1, 501, "pageSize")]
    public void Paging_arguments_out_of_range_name_the_field(int page, int size, string field) =>
        Should.Throw<InvalidCommandException>(() => ResultPage.Of([1], page, size)).Field.ShouldBe(field);
}
