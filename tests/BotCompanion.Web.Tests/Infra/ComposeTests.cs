using YamlDotNet.RepresentationModel;

namespace BotCompanion.Web.Tests.Infra;

/// <summary>infra/docker/compose.yaml: the bot and a persistent Redis, the bot configured by its environment alone.</summary>
public class ComposeTests
{
    private static readonly YamlMappingNode Services = (YamlMappingNode)Load()["services"];

    private static YamlMappingNode Bot => (YamlMappingNode)Services["bot"];

    private static YamlMappingNode Redis => (YamlMappingNode)Services["redis"];

    [Fact]
    public void Compose_RunsTheBotAndRedis()
    {
        var names = Services.Children.Keys.Select(k => k.ToString()).ToList();

        Assert.Equal(["bot", "redis"], names);
    }

    [Fact]
    public void Redis_PersistsWithAppendOnlyFile_OnANamedVolume()
    {
        var command = ((YamlSequenceNode)Redis["command"]).Select(n => n.ToString()).ToList();
        var mount = Assert.Single((YamlSequenceNode)Redis["volumes"]).ToString();
        var volumes = (YamlMappingNode)Load()["volumes"];

        var appendonly = command.IndexOf("--appendonly");
        Assert.True(appendonly >= 0);
        Assert.Equal("yes", command[appendonly + 1]);
        Assert.Equal("redis-data:/data", mount);
        Assert.True(volumes.Children.ContainsKey(new YamlScalarNode("redis-data")));
    }

    [Fact]
    public void Bot_IsBuiltFromTheRepositoryDockerfile()
    {
        var build = (YamlMappingNode)Bot["build"];

        Assert.Equal("infra/docker/Dockerfile", build["dockerfile"].ToString());
        var context = Path.GetFullPath(Path.Combine(RepoPaths.Of("infra", "docker"), build["context"].ToString()));
        Assert.Equal(RepoPaths.Root.TrimEnd('/'), context.TrimEnd('/'));
    }

    [Fact]
    public void Bot_IsConfiguredThroughEnvironmentVariablesOnly()
    {
        var environment = Environment();

        Assert.Equal("redis:6379", environment["Storage__Redis__Configuration"]);
        // No configuration files, secrets or env files mounted: everything the host reads is in `environment`.
        foreach (var key in new[] { "volumes", "configs", "secrets", "env_file" })
        {
            Assert.False(Bot.Children.ContainsKey(new YamlScalarNode(key)), $"the bot service has '{key}'");
        }

        Assert.All(environment.Keys, key => Assert.Matches(@"^[A-Za-z][A-Za-z0-9_]*$", key));
    }

    [Fact]
    public void Bot_RunsOnAReadOnlyFileSystem_AfterRedisIsHealthy()
    {
        Assert.Equal("true", Bot["read_only"].ToString());
        Assert.Equal("service_healthy", ((YamlMappingNode)((YamlMappingNode)Bot["depends_on"])["redis"])["condition"].ToString());
        Assert.Contains("redis-cli", ((YamlMappingNode)Redis["healthcheck"])["test"].ToString(), StringComparison.Ordinal);
        Assert.Equal("3978:8080", Assert.Single((YamlSequenceNode)Bot["ports"]).ToString());
    }

    /// <summary>The bot's environment, with `${NAME:-default}` resolved to its default as an unset shell would.</summary>
    internal static Dictionary<string, string> Environment() =>
        ((YamlMappingNode)Bot["environment"]).Children.ToDictionary(
            pair => pair.Key.ToString(),
            pair => System.Text.RegularExpressions.Regex.Replace(pair.Value.ToString(), @"\$\{\w+:-([^}]*)\}", "$1"),
            StringComparer.Ordinal);

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(RepoPaths.Of("infra", "docker", "compose.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
