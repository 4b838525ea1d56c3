namespace BotCompanion.Core.Prompts;

/// <summary>The pack in force for a tenant (or the deployment's default pack).</summary>
public interface IPromptPackProvider
{
    PromptPack GetPack(string? tenantId = null);
}
