namespace Partnerschap.Tests.Infrastructure;

/// <summary>
/// Asks again until something holds or the time is up: for what another instance shows "within a few seconds" (it
/// checks the database every 2 seconds). Returns whether it held, for the test's own message.
/// </summary>
public static class Wacht
{
    public static async Task<bool> TotAsync(Func<Task<bool>> voorwaarde, TimeSpan binnen)
    {
        var tot = DateTime.UtcNow + binnen;
        while (!await voorwaarde())
        {
            if (DateTime.UtcNow >= tot)
            {
                return false;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        return true;
    }
}
