using BotCompanion.Ai;
using BotCompanion.Channels.Discord;
using BotCompanion.Channels.Turns;
using BotCompanion.Channels.WebChat;
using BotCompanion.Core.Conversation;
using BotCompanion.Core.Nudges;
using BotCompanion.Core.Prompts;
using BotCompanion.Storage.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BotCompanion.Web.Tests;

/// <summary>appsettings.example.json cannot rot: every section binds to its options class and passes start-up validation.</summary>
public class ExampleSettingsTests
{
    private static readonly IConfiguration Example = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.example.json"))
        .Build();

    public static TheoryData<Type, string> Sections => new()
    {
        { typeof(StorageOptions), StorageOptions.SectionName },
        { typeof(CoachingOptions), CoachingOptions.SectionName },
        { typeof(NudgeOptions), NudgeOptions.SectionName },
        { typeof(AiOptions), AiOptions.SectionName },
        { typeof(BotCompanion.Web.Portal.PortalOptions), BotCompanion.Web.Portal.PortalOptions.SectionName },
        { typeof(BotCompanion.Web.Portal.PortalOidcOptions), BotCompanion.Web.Portal.PortalOidcOptions.SectionName },
        { typeof(PromptsOptions), PromptsOptions.SectionName },
        { typeof(RedisOptions), RedisOptions.SectionName },
        { typeof(TurnQueueOptions), TurnQueueOptions.SectionName },
        { typeof(TeamsOptions), TeamsOptions.SectionName },
        { typeof(WebChatOptions), WebChatOptions.SectionName },
        { typeof(DiscordOptions), DiscordOptions.SectionName },
        { typeof(BotCompanion.Web.Operations.ForwardedHeadersSettings), BotCompanion.Web.Operations.ForwardedHeadersSettings.SectionName },
        { typeof(BotCompanion.Web.Operations.RateLimitOptions), BotCompanion.Web.Operations.RateLimitOptions.SectionName },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void ExampleSection_BindsEveryKeyAndValidates(Type optionsType, string section)
    {
        // Nested sections that have options classes of their own (Storage:Redis) are checked by their own row.
        var own = Example.GetSection(section).AsEnumerable(makePathsRelative: true)
            .Where(kv => kv.Value is not null && !Sections.Any(row => ((string)row[1]).StartsWith(section + ":", StringComparison.Ordinal) && (section + ":" + kv.Key).StartsWith((string)row[1], StringComparison.Ordinal)));
        var options = new ConfigurationBuilder().AddInMemoryCollection(own).Build()
            .Get(optionsType, binder => binder.ErrorOnUnknownConfiguration = true);

        Assert.NotNull(options);
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        Assert.True(
            System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true),
            string.Join("; ", results.Select(r => r.ErrorMessage)));
    }

    [Fact]
    public async Task Host_WithTheExampleSettings_Starts()
    {
        var settings = Example.AsEnumerable().Where(kv => kv.Value is not null && !kv.Key.StartsWith("Storage:Redis", StringComparison.Ordinal)).ToDictionary(kv => kv.Key, kv => kv.Value);
        settings["Channels:Teams:AppId"] = "";
        settings.Remove("Prompts:Path");

        await using var host = new BotHost(settings);

        Assert.NotNull(host.Services.GetRequiredService<IOptions<TeamsOptions>>().Value);
    }

    [Fact]
    public void Host_WithAnInvalidValue_RefusesToStartNamingTheKey()
    {
        var ex = Assert.ThrowsAny<Exception>(() => new BotHost(new() { ["Storage:KeyPrefix"] = "has spaces" }).Dispose());

        Assert.Contains("Storage:KeyPrefix", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Host_WithAppIdButNoSecret_RefusesToStartNamingTheKey()
    {
        var ex = Assert.ThrowsAny<Exception>(() => new BotHost(new() { ["Channels:Teams:AppId"] = "00000000-0000-0000-0000-000000000001" }).Dispose());

        Assert.Contains("Channels:Teams:ClientSecret", ex.ToString(), StringComparison.Ordinal);
    }
}
