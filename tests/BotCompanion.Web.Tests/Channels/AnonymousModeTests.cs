using Microsoft.AspNetCore.Http;

namespace BotCompanion.Web.Tests.Channels;

public sealed class AnonymousModeTests
{
    [Fact]
    public async Task NoAppId_NonLoopbackCaller_Gets401()
    {
        await using var bot = new BotHost();
        using var client = bot.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Activities.Raw("{}") };

        // Kestrel binds loopback here, so a non-loopback caller is simulated at the connection level.
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        var outcome = bot.Services.GetRequiredAuthenticator().PreAuthenticate(context);

        Assert.NotNull(outcome);
        Assert.Equal(401, outcome.StatusCode);
        Assert.Null(bot.Services.GetRequiredAuthenticator().PreAuthenticate(LoopbackContext()));
    }

    private static DefaultHttpContext LoopbackContext()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        return context;
    }
}
