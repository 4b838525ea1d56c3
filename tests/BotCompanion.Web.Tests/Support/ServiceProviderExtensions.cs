namespace BotCompanion.Web.Tests.Support;

internal static class ServiceProviderExtensions
{
    public static InboundAuthenticator GetRequiredAuthenticator(this IServiceProvider services) =>
        services.GetRequiredService<InboundAuthenticator>();
}
