namespace BotCompanion.Web.Tests.Infra;

/// <summary>
/// infra/azure/main.bicep compiled and linted with the bicep CLI (zero errors, zero warnings), and the ARM template it
/// compiles to checked for what a deployment depends on. A real deployment cannot be run here.
/// </summary>
public sealed class AzureTemplateTests : IClassFixture<AzureTemplateTests.Compiled>
{
    private static readonly string Main = RepoPaths.Of("infra", "azure", "main.bicep");
    private readonly Compiled _compiled;

    public AzureTemplateTests(Compiled compiled) => _compiled = compiled;

    [Fact]
    public void Build_Succeeds_WithoutErrorsOrWarnings()
    {
        Assert.Equal(0, _compiled.Build.ExitCode);
        Assert.Empty(_compiled.Build.Diagnostics);
    }

    [Fact]
    public async Task Lint_ReportsNothing()
    {
        var lint = await Bicep.RunAsync("lint", Main);

        Assert.Equal(0, lint.ExitCode);
        Assert.Empty(lint.Diagnostics);
    }

    [Fact]
    public async Task Lint_WouldReportAWarning_SoSilenceMeansClean()
    {
        var folder = Directory.CreateTempSubdirectory("bicep-lint-").FullName;
        var file = Path.Combine(folder, "unused.bicep");
        await File.WriteAllTextAsync(file, "param unused string\n");

        var lint = await Bicep.RunAsync("lint", file);

        Directory.Delete(folder, recursive: true);
        Assert.Contains(lint.Diagnostics, d => d is { Level: "Warning", Code: "no-unused-params" });
    }

    [Fact]
    public void Template_DeploysEveryServiceTheBotNeeds()
    {
        var types = _compiled.Resources().Select(r => r.GetProperty("type").GetString()).ToHashSet();

        foreach (var type in new[]
        {
            "Microsoft.ManagedIdentity/userAssignedIdentities", "Microsoft.OperationalInsights/workspaces", "Microsoft.Insights/components",
            "Microsoft.KeyVault/vaults", "Microsoft.KeyVault/vaults/secrets", "Microsoft.Cache/redis", "Microsoft.CognitiveServices/accounts",
            "Microsoft.CognitiveServices/accounts/deployments", "Microsoft.ContainerRegistry/registries", "Microsoft.App/managedEnvironments",
            "Microsoft.App/containerApps", "Microsoft.BotService/botServices", "Microsoft.BotService/botServices/channels",
            "Microsoft.Authorization/roleAssignments",
        })
        {
            Assert.Contains(type, types);
        }
    }

    [Fact]
    public void Bot_UsesTheManagedIdentity_AndTheTeamsChannel_AndTheAppsMessagingEndpoint()
    {
        var bot = _compiled.Resource("Microsoft.BotService/botServices").GetProperty("properties");
        var channel = _compiled.Resource("Microsoft.BotService/botServices/channels");

        Assert.Equal("UserAssignedMSI", bot.GetProperty("msaAppType").GetString());
        Assert.Contains("clientId", bot.GetProperty("msaAppId").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("messagingEndpoint", bot.GetProperty("endpoint").GetString(), StringComparison.Ordinal);
        Assert.Contains("'https://{0}/api/messages'", _compiled.Text, StringComparison.Ordinal);
        Assert.Equal("MsTeamsChannel", channel.GetProperty("properties").GetProperty("channelName").GetString());
    }

    [Fact]
    public void RoleAssignments_GrantSecretsUser_OpenAiUser_AndAcrPull()
    {
        var roles = _compiled.Resources().Where(r => r.GetProperty("type").GetString() == "Microsoft.Authorization/roleAssignments")
            .Select(r => r.GetProperty("properties").GetProperty("roleDefinitionId").GetString()).ToList();

        Assert.Equal(3, roles.Count);
        Assert.Contains("4633458b-17de-408a-b874-0445c86b69e6", _compiled.Text, StringComparison.Ordinal); // Key Vault Secrets User
        Assert.Contains("5e0bd9bd-7b93-4f28-af87-19fc36ad61bd", _compiled.Text, StringComparison.Ordinal); // Cognitive Services OpenAI User
        Assert.Contains("7f951dce-4e51-4c02-aa69-1c9d3dd6b4b3", _compiled.Text, StringComparison.Ordinal); // AcrPull
    }

    [Fact]
    public void ContainerApp_ServesHttpsTo8080_ProbesHealth_AndReadsSecretsFromKeyVault()
    {
        var app = _compiled.Resource("Microsoft.App/containerApps").GetProperty("properties");
        var configuration = app.GetProperty("configuration");
        var secrets = configuration.GetProperty("secrets").EnumerateArray().ToList();
        var env = app.GetProperty("template").GetProperty("containers")[0].GetProperty("env").EnumerateArray()
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => e);

        Assert.True(configuration.GetProperty("ingress").GetProperty("external").GetBoolean());
        Assert.False(configuration.GetProperty("ingress").GetProperty("allowInsecure").GetBoolean());
        Assert.Contains("8080", _compiled.Variable("port"), StringComparison.Ordinal);
        Assert.Contains("'/healthz'", _compiled.Variable("probes"), StringComparison.Ordinal);
        Assert.Contains("'/readyz'", _compiled.Variable("probes"), StringComparison.Ordinal);
        Assert.All(secrets, s => Assert.True(s.TryGetProperty("keyVaultUrl", out _) && s.TryGetProperty("identity", out _)));
        Assert.Equal("redis-connection-string", env["Storage__Redis__Configuration"].GetProperty("secretRef").GetString());
        Assert.Equal("applicationinsights-connection-string", env["APPLICATIONINSIGHTS_CONNECTION_STRING"].GetProperty("secretRef").GetString());
        Assert.Equal("UserAssignedMSI", env["Channels__Teams__AppType"].GetProperty("value").GetString());
        Assert.Equal("true", env["Ai__UseManagedIdentity"].GetProperty("value").GetString());
        // Every secret is a Key Vault reference: no value is written into the app.
        Assert.All(env.Values, e => Assert.False(e.TryGetProperty("value", out var v) && v.GetString()!.Contains("password", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Outputs_CarryNoSecret()
    {
        var outputs = new List<string>();
        foreach (var template in _compiled.Templates())
        {
            if (template.TryGetProperty("outputs", out var o))
            {
                outputs.AddRange(o.EnumerateObject().Select(p => p.Value.GetRawText()));
                Assert.All(o.EnumerateObject(), p => Assert.DoesNotContain("secure", p.Value.GetProperty("type").GetString()!, StringComparison.OrdinalIgnoreCase));
            }
        }

        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.DoesNotContain("listKeys", o, StringComparison.Ordinal));
        Assert.All(outputs, o => Assert.DoesNotContain("ConnectionString", o, StringComparison.Ordinal));
    }

    [Fact]
    public void Parameters_FileNamesOnlyParametersTheTemplateDeclares()
    {
        using var parameters = JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("infra", "azure", "main.parameters.json")));
        var declared = _compiled.Root.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToHashSet();
        var given = parameters.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("environmentName", given);
        Assert.Contains("location", given);
        Assert.All(given, name => Assert.Contains(name, declared));
    }

    /// <summary>main.bicep compiled once for the class (bicep takes seconds to start).</summary>
    public sealed class Compiled : IAsyncLifetime
    {
        private JsonDocument? _document;

        public BicepRun Build { get; private set; } = null!;

        public string Text { get; private set; } = "";

        public JsonElement Root => _document!.RootElement;

        public async Task InitializeAsync()
        {
            Build = await Bicep.RunAsync("build", Main, "--stdout");
            Text = Build.Output;
            _document = JsonDocument.Parse(Build.Output);
        }

        public Task DisposeAsync()
        {
            _document?.Dispose();
            return Task.CompletedTask;
        }

        /// <summary>The main template and every nested module template.</summary>
        public IEnumerable<JsonElement> Templates()
        {
            var pending = new Stack<JsonElement>([Root]);
            while (pending.TryPop(out var template))
            {
                yield return template;
                foreach (var resource in Resources(template))
                {
                    if (resource.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("template", out var nested))
                    {
                        pending.Push(nested);
                    }
                }
            }
        }

        public IEnumerable<JsonElement> Resources() => Templates().SelectMany(Resources);

        public JsonElement Resource(string type) => Assert.Single(Resources(), r => r.GetProperty("type").GetString() == type);

        /// <summary>A variable of whichever template declares it, as raw JSON.</summary>
        public string Variable(string name) =>
            Templates().Select(t => t.TryGetProperty("variables", out var v) && v.TryGetProperty(name, out var value) ? value.GetRawText() : null)
                .First(v => v is not null)!;

        private static IEnumerable<JsonElement> Resources(JsonElement template)
        {
            if (!template.TryGetProperty("resources", out var resources))
            {
                return [];
            }

            // languageVersion 2.0 templates hold resources as an object keyed by symbolic name.
            return resources.ValueKind == JsonValueKind.Array ? resources.EnumerateArray() : resources.EnumerateObject().Select(p => p.Value);
        }
    }
}
