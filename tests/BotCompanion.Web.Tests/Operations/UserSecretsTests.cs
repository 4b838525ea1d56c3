using System.Reflection;
using Microsoft.Extensions.Configuration.UserSecrets;

namespace BotCompanion.Web.Tests.Operations;

/// <summary>`dotnet user-secrets set` works for the host and the CLI, and one secret set serves both.</summary>
public sealed class UserSecretsTests
{
    [Fact]
    public void HostAndCli_HaveOneUserSecretsId()
    {
        var host = typeof(Program).Assembly.GetCustomAttribute<UserSecretsIdAttribute>();
        var cli = typeof(BotCompanion.Cli.CliHost).Assembly.GetCustomAttribute<UserSecretsIdAttribute>();

        Assert.NotNull(host);
        Assert.NotNull(cli);
        Assert.Equal(host.UserSecretsId, cli.UserSecretsId);
    }
}
