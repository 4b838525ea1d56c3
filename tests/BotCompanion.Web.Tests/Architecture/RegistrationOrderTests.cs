using BotCompanion.Ai;
using BotCompanion.Core;
using BotCompanion.Core.Ai;
using BotCompanion.Core.Nudges;
using BotCompanion.Storage.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.SemanticKernel.ChatCompletion;

namespace BotCompanion.Web.Tests.Architecture;

/// <summary>Core, models and storage give the same services whichever of them is registered first.</summary>
public class RegistrationOrderTests
{
    private static readonly Dictionary<string, Action<IServiceCollection, IConfiguration>> Parts = new()
    {
        ["core"] = (services, _) => services.AddBotCompanionCore(),
        ["models"] = (services, configuration) => services.AddBotCompanionModels(configuration),
        ["storage"] = (services, configuration) => services.AddBotCompanionStorage(configuration),
    };

    public static TheoryData<bool> Configured => [true, false];

    [Theory]
    [MemberData(nameof(Configured))]
    public async Task EveryOrder_ResolvesTheSameStoreQueueAndModel(bool redisAndNetworkModel)
    {
        var orders = new[] { "core models storage", "storage models core", "models storage core", "storage core models" };

        var resolved = new List<(string, string, string)>();
        foreach (var order in orders)
        {
            resolved.Add(await ResolveAsync(order, redisAndNetworkModel));
        }

        Assert.All(resolved, r => Assert.Equal(resolved[0], r));
        Assert.Equal(
            redisAndNetworkModel ? ("RedisStateStore", "RedisNudgeQueue", "FallbackChatClient") : ("InMemoryStateStore", "InMemoryNudgeQueue", "OfflineCoach"),
            resolved[0]);
    }

    [Fact]
    public void EveryOrder_RegistersTheSameDescriptors()
    {
        var first = Descriptors("core models storage");

        Assert.Equal(first, Descriptors("storage models core"));
        Assert.Equal(first, Descriptors("models storage core"));
    }

    private static async Task<(string Store, string Queue, string Model)> ResolveAsync(string order, bool configured)
    {
        await using var provider = Build(order, configured).BuildServiceProvider();
        return (provider.GetRequiredService<IStateStore>().GetType().Name, provider.GetRequiredService<INudgeQueue>().GetType().Name,
            provider.GetRequiredService<IChatCompletionService>() is ChatClientCompletionService chat ? chat.Client.GetType().Name : "not a chat client");
    }

    private static List<string> Descriptors(string order) =>
        [.. Build(order, configured: true)
            .Select(d => $"{d.ServiceType.FullName} [{d.ServiceKey}] {d.Lifetime} {(d.IsKeyedService ? d.KeyedImplementationType : d.ImplementationType)?.FullName ?? "factory or instance"}")
            .Order(StringComparer.Ordinal)];

    private static ServiceCollection Build(string order, bool configured)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(configured
            ? new Dictionary<string, string?>
            {
                ["Storage:Redis:Configuration"] = "127.0.0.1:1,abortConnect=false,connectTimeout=100",
                ["Ai:Provider"] = "OpenAI",
                ["Ai:Model"] = "gpt-test",
                ["Ai:ApiKey"] = "test-key",
            }
            : []).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        foreach (var part in order.Split(' '))
        {
            Parts[part](services, configuration);
        }

        return services;
    }
}
