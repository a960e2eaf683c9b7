namespace Olympics.Orleans.Runtime.Tests.Support;

/// <summary>Bounded polling for effects of background loops, instead of fixed sleeps.</summary>
public static class Eventually
{
    public static async Task True(Func<bool> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new ShouldAssertException($"Timed out waiting until {what}.");
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
