using System.ComponentModel.DataAnnotations;
using BotCompanion.Core.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BotCompanion.Core.Tests.Settings;

public class SettingsFailuresTests
{
    [Fact]
    public void EveryFailingValidator_GivesItsLines_WithTheKeyFirst()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:AppId"] = "app", ["Demo:Tries"] = "9" }).Build());
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOptions>().Validate(o => o.AppId is null || o.Secret is not null, "Demo:Secret is required when Demo:AppId is set (e.g. BOTCOMPANION_Demo__Secret).").ValidateOnStart();
        using var provider = services.BuildServiceProvider();

        var problems = SettingsGate.OptionsProblems(provider);

        Assert.Equal(["Demo:Tries: The field Tries must be between 0 and 5.", "Demo:Secret is required when Demo:AppId is set (e.g. BOTCOMPANION_Demo__Secret)."], problems);
    }

    [Fact]
    public void ABindingFailure_IsOneLineNamingTheKey()
    {
        var failure = new InvalidOperationException("Failed to convert configuration value at 'Portal:BaseUrl' to type 'System.Uri'.", new UriFormatException("Invalid URI: Invalid port specified."));

        Assert.Equal(["Portal:BaseUrl: not a valid URL; a good value: https://bot.example.com/"], SettingsFailures.Describe(failure));
    }

    [Fact]
    public void AnythingElse_IsNotASettingsProblem()
    {
        Assert.Null(SettingsFailures.Describe(new InvalidOperationException("The pack folder is missing.")));
        Assert.Null(SettingsFailures.Describe(new AggregateException(new OptionsValidationException("x", typeof(DemoOptions), ["bad"]), new IOException("disk"))));
    }

    [Fact]
    public void ValidOptions_GiveNoLines()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        using var provider = services.BuildServiceProvider();

        Assert.Empty(SettingsGate.OptionsProblems(provider));
    }

    public sealed class DemoOptions
    {
        public const string SectionName = "Demo";

        public string? AppId { get; set; }

        public string? Secret { get; set; }

        [Range(0, 5)]
        public int Tries { get; set; }
    }
}
