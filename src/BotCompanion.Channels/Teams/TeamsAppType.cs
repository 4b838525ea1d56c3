namespace BotCompanion.Channels.Teams;

/// <summary>How the Azure Bot is registered; decides which tokens come in and how tokens for replies are obtained.</summary>
public enum TeamsAppType
{
    /// <summary>Legacy multi-tenant app: Bot Framework tokens in, client credentials against botframework.com out.</summary>
    MultiTenant,

    /// <summary>Single-tenant app (the default for new bots): Bot Framework or tenant Entra tokens in, tenant authority out.</summary>
    SingleTenant,

    /// <summary>User-assigned managed identity: no secret; tokens from the Azure managed identity endpoint.</summary>
    UserAssignedMSI,
}
