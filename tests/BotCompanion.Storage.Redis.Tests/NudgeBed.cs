using System.Text.Json;
using BotCompanion.Core;
using Microsoft.Extensions.Configuration;

namespace BotCompanion.Storage.Redis.Tests;

/// <summary>A bot instance's services on Redis, and conversations with nudges due; shared with bench/NudgeLateness.</summary>
internal static class NudgeBed
{
    /// <summary>Core and Redis storage wired as the host wires them, from <paramref name="settings"/>, delivering through <paramref name="sender"/>.</summary>
    public static ServiceProvider Services(Dictionary<string, string?> settings, IProactiveSender sender)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging();
        services.AddBotCompanionCore();
        services.AddBotCompanionStorage(config);
        services.AddSingleton(sender);
        return services.BuildServiceProvider();
    }

    /// <summary>Conversations that agreed to check-ins at any hour, each with one commitment and its nudge queued.</summary>
    /// <summary>Seeds conversations <c>exec-0</c> to <c>exec-{count-1}</c> on <paramref name="channel"/>, each due at <paramref name="dueOf"/> of its number.</summary>
    public static async Task<IReadOnlyList<(ConversationKey Conversation, DateTimeOffset Due)>> SeedAsync(
        IServiceProvider services, string channel, int count, Func<int, DateTimeOffset> dueOf, DateTimeOffset createdAt)
    {
        var store = services.GetRequiredService<IStateStore>();
        var queue = services.GetRequiredService<INudgeQueue>();
        var seeded = new List<(ConversationKey, DateTimeOffset)>(count);
        for (var i = 0; i < count; i++)
        {
            var due = dueOf(i);
            var conversation = new ConversationKey(channel, $"exec-{i}");
            var commitment = new Commitment { Action = $"call stakeholder {i}", Due = due, CreatedAt = createdAt };
            var state = new ConversationState { TimeZone = "UTC" };
            state.Coaching.Commitments.Add(commitment);
            state.Coaching.Nudges.Consented = true;
            state.Coaching.Nudges.QuietStart = new TimeOnly(0, 0);
            state.Coaching.Nudges.QuietEnd = new TimeOnly(0, 0);
            await store.TrySaveAsync(StateKeys.Conversation(conversation), JsonSerializer.Serialize(state, StateJson.Options), 0, default);
            await queue.ScheduleAsync(Nudge.ForCommitment(conversation, "u" + i, commitment.Id, due), default);
            seeded.Add((conversation, due));
        }

        return seeded;
    }
}
