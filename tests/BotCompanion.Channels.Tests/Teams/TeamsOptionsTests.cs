using System.ComponentModel.DataAnnotations;

namespace BotCompanion.Channels.Tests.Teams;

/// <summary>Each app type says what it is missing, naming the key to set.</summary>
public class TeamsOptionsTests
{
    private const string AppId = "5a1b2c3d-0000-4000-8000-00000000a11d";

    [Theory]
    [InlineData(TeamsAppType.SingleTenant, null, "secret", "Channels:Teams:TenantId")]
    [InlineData(TeamsAppType.UserAssignedMSI, null, null, "Channels:Teams:TenantId")]
    [InlineData(TeamsAppType.MultiTenant, null, null, "Channels:Teams:ClientSecret")]
    [InlineData(TeamsAppType.SingleTenant, "tenant", null, "Channels:Teams:ClientSecret")]
    public void MissingSetting_IsReportedByKey(TeamsAppType type, string? tenant, string? secret, string key)
    {
        var options = new TeamsOptions { AppId = AppId, AppType = type, TenantId = tenant, ClientSecret = secret };

        var errors = options.Validate(new ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.ErrorMessage!.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void ManagedIdentity_NeedsNoSecret()
    {
        var options = new TeamsOptions { AppId = AppId, AppType = TeamsAppType.UserAssignedMSI, TenantId = "tenant" };

        Assert.Empty(options.Validate(new ValidationContext(options)));
    }

    [Fact]
    public void MissingCertificateFile_IsReported()
    {
        var options = new TeamsOptions { AppId = AppId, CertificatePath = "/nonexistent/bot.pfx" };

        Assert.Contains(options.Validate(new ValidationContext(options)), e => e.ErrorMessage!.Contains("Channels:Teams:CertificatePath", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TeamsAppType.MultiTenant, "https://login.microsoftonline.com/botframework.com")]
    [InlineData(TeamsAppType.SingleTenant, "https://login.microsoftonline.com/7e57e57e-0000-4000-8000-00000007e7a7")]
    public void OutboundTokens_ComeFromTheAuthorityTheAppTypeCallsFor(TeamsAppType type, string authority)
    {
        var options = new TeamsOptions { AppId = AppId, AppType = type, TenantId = "7e57e57e-0000-4000-8000-00000007e7a7" };

        Assert.Equal(authority, MsalTokenProvider.Authority(options).ToString());
    }
}
