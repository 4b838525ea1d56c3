namespace BotCompanion.Core.Tests.Prompts;

public class PromptPackLanguagesTests
{
    [Fact]
    public async Task DefaultPack_SpeaksSpanishWithEveryTextInSpanish()
    {
        var pack = PromptPackLoader.Load(RepoPaths.DefaultPack);

        var spanish = pack.In("es");

        Assert.Equal(["en", "es"], pack.Languages);
        Assert.Equal("es", spanish.Language);
        Assert.NotEqual(pack.Labels["welcome"], spanish.Labels["welcome"]);
        Assert.NotEqual(pack.SafetyText, spanish.SafetyText);
        Assert.Equal(pack.ContentHash, spanish.ContentHash);
        Assert.Empty(await new PackValidator(new DirectivenessGuard()).ValidateAsync(pack, default));
    }

    [Fact]
    public void AnUndeclaredLanguage_GetsThePacksFirstLanguage()
    {
        var pack = PromptPackLoader.Load(RepoPaths.DefaultPack);

        Assert.Same(pack, pack.In("fr"));
        Assert.Same(pack, pack.In(null));
    }

    [Fact]
    public void AMissingFileInASecondLanguage_IsReportedWithItsFolder()
    {
        using var folders = new PackFolders();
        var path = folders.CopyDefault("default");
        File.Delete(Path.Combine(path, "es", "safety.md"));

        var ex = Assert.Throws<PackLoadException>(() => PromptPackLoader.Load(path));

        Assert.Contains("es/safety.md: file is missing", ex.Problems);
    }

    [Fact]
    public void AMissingLabelInASecondLanguage_IsReportedRatherThanFilledInEnglish()
    {
        using var folders = new PackFolders();
        var path = folders.CopyDefault("default");
        var labels = Path.Combine(path, "es", "labels.json");
        File.WriteAllText(labels, File.ReadAllText(labels).Replace("\"welcome\":", "\"welcomeRetired\":", StringComparison.Ordinal));

        var ex = Assert.Throws<PackLoadException>(() => PromptPackLoader.Load(path));

        Assert.Contains("es/labels.json: label 'welcome' is missing or empty", ex.Problems);
    }

    [Fact]
    public void ADeclaredLanguageWithoutItsFolder_IsReported()
    {
        using var folders = new PackFolders();
        var path = folders.CopyDefault("default");
        var manifest = Path.Combine(path, "pack.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"es\"", "\"es\", \"pt\"", StringComparison.Ordinal));

        var ex = Assert.Throws<PackLoadException>(() => PromptPackLoader.Load(path));

        Assert.Contains("pt/: folder is missing; pack.json declares the language 'pt'", ex.Problems);
    }

    [Fact]
    public async Task AdviceInASecondLanguagesQuestionBank_IsReportedWithItsFolder()
    {
        using var folders = new PackFolders();
        var path = folders.CopyDefault("default");
        var bank = Path.Combine(path, "es", "offline", "questions.json");
        File.WriteAllText(bank, File.ReadAllText(bank).Replace("¿Qué podrías hacer?", "Deberías delegar más, ¿no crees?", StringComparison.Ordinal));

        var problems = await new PackValidator(new DirectivenessGuard()).ValidateAsync(PromptPackLoader.Load(path), default);

        Assert.Contains(problems, p => p.StartsWith("es/offline/questions.json: 'options-1'", StringComparison.Ordinal));
    }
}
