using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Tests.Architecture;

public class CoreReferencesTests
{
    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("StackExchange.Redis")]
    [InlineData("BotCompanion.Channels")]
    [InlineData("BotCompanion.Storage")]
    [InlineData("BotCompanion.Web")]
    public void Core_DoesNotReference(string forbiddenPrefix)
    {
        var references = typeof(TurnProcessor).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");

        Assert.DoesNotContain(references, name => name.StartsWith(forbiddenPrefix, StringComparison.Ordinal));
    }
}
