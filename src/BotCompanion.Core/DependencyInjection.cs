using BotCompanion.Core.Ai;
using BotCompanion.Core.Coaching;
using BotCompanion.Core.Commands;
using BotCompanion.Core.Commitments;
using BotCompanion.Core.Conversation;
using BotCompanion.Core.Guard;
using BotCompanion.Core.Nudges;
using BotCompanion.Core.Outcomes;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.Rehearsal;
using BotCompanion.Core.Sharing;
using BotCompanion.Core.State;
using BotCompanion.Core.Turns;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace BotCompanion.Core;

public static class DependencyInjection
{
    /// <summary>
    /// The coaching core: turn pipeline, coaching engine, prompt packs, the directiveness guard, the offline coach as
    /// the default model, and the in-memory store unless another store is registered. Registrations here are TryAdd
    /// or resolve the configured model and store by key (<see cref="ModelServiceKeys.Configured"/>,
    /// <see cref="StoreServiceKeys.Configured"/>), so the other AddBotCompanion* calls may come before or after.
    /// </summary>
    public static IServiceCollection AddBotCompanionCore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CoachingOptions>().BindConfiguration(CoachingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PromptsOptions>().BindConfiguration(PromptsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InMemoryStateStore>();
        services.TryAddSingleton<IStateStore>(sp => sp.GetKeyedService<IStateStore>(StoreServiceKeys.Configured) ?? sp.GetRequiredService<InMemoryStateStore>());
        services.AddSingleton<KeyedLock>();
        services.AddSingleton<TurnProcessor>();

        services.TryAddSingleton<IAdviceClassifier>(NoAdviceClassifier.Instance);
        services.TryAddSingleton<IDirectivenessGuard>(sp => new DirectivenessGuard(sp.GetRequiredService<IAdviceClassifier>()));
        services.TryAddSingleton<PackValidator>();
        services.AddSingleton<PromptPackProvider>();
        services.AddSingleton<IPromptPackProvider>(sp => sp.GetRequiredService<PromptPackProvider>());
        services.AddHostedService<PromptPackStartup>();
        services.AddSingleton<PromptTokenCounter>();
        services.AddSingleton<IPromptRenderFilter, PromptAuditFilter>();

        services.AddKeyedSingleton<IChatClient, OfflineCoach>(ModelServiceKeys.Offline);
        services.AddKeyedSingleton<IChatCompletionService>(ModelServiceKeys.Offline, (sp, key) => new ChatClientCompletionService(sp.GetRequiredKeyedService<IChatClient>(key)));
        services.TryAddSingleton(sp => sp.GetKeyedService<IChatCompletionService>(ModelServiceKeys.Configured) ?? sp.GetRequiredKeyedService<IChatCompletionService>(ModelServiceKeys.Offline));
        services.AddKernel();

        services.AddSingleton<ReplyComposer>();
        services.AddSingleton<CommitmentFlow>();
        services.AddSingleton<GrowFlow>();
        services.AddSingleton<SessionCloser>();
        services.AddSingleton<RehearsalFlow>();
        services.AddSingleton<TurnLanguage>();
        services.AddSingleton<LanguageCommand>();
        services.AddSingleton<CommandHandler>();
        services.AddSingleton<NudgePlanner>();
        services.AddSingleton<ICommitmentFollowUp>(sp => sp.GetRequiredService<NudgePlanner>());
        services.AddSingleton<NudgeConversation>();
        services.AddSingleton<NudgeCommand>();
        services.TryAddSingleton<InMemoryNudgeQueue>();
        services.TryAddSingleton<INudgeQueue>(sp => sp.GetKeyedService<INudgeQueue>(StoreServiceKeys.Configured) ?? sp.GetRequiredService<InMemoryNudgeQueue>());
        services.AddSingleton<IPersonalDataEraser, NudgeEraser>();
        services.AddOptions<NudgeOptions>().BindConfiguration(NudgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<NudgeScheduler>();
        services.TryAddSingleton<ICoachDirectory, StoreCoachDirectory>();
        services.TryAddSingleton<ICoachNotifier, NoCoachNotifier>();
        services.TryAddSingleton(new CoachPortalAddress(null));
        services.AddSingleton<SharingEraser>();
        services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<SharingEraser>());
        services.AddSingleton<SharingFlow>();
        services.AddSingleton<ProgressSharing>();
        services.AddSingleton<OutcomeFlow>();
        services.AddSingleton<ProgressCommand>();
        services.AddSingleton<FocusFlow>();
        services.TryAddSingleton<ITurnHandler, CoachingEngine>();
        return services;
    }
}
