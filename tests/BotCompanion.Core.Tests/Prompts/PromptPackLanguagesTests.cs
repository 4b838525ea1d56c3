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
        var problems = LoadProblemsAfter(path => File.Delete(Path.Combine(path, "es", "safety.md")));

        Assert.Contains("es/safety.md: file is missing", problems);
    }

    [Fact]
    public void AMissingLabelInASecondLanguage_IsReportedRatherThanFilledInEnglish()
    {
        var problems = LoadProblemsAfter(path => Replace(Path.Combine(path, "es", "labels.json"), "\"welcome\":", "\"welcomeRetired\":"));

        Assert.Contains("es/labels.json: label 'welcome' is missing or empty", problems);
    }

    [Fact]
    public void ADeclaredLanguageWithoutItsFolder_IsReported()
    {
        var problems = LoadProblemsAfter(path => Replace(Path.Combine(path, "pack.json"), "\"es\"", "\"es\", \"pt\""));

        Assert.Contains("pt/: folder is missing; pack.json declares the language 'pt'", problems);
    }

    [Fact]
    public async Task AdviceInASecondLanguagesQuestionBank_IsReportedWithItsFolder()
    {
        using var folders = new PackFolders();
        var path = folders.CopyDefault("default");
        Replace(Path.Combine(path, "es", "offline", "questions.json"), "¿Qué podrías hacer?", "Deberías delegar más, ¿no crees?");

        var problems = await new PackValidator(new DirectivenessGuard()).ValidateAsync(PromptPackLoader.Load(path), default);

        Assert.Contains(problems, p => p.StartsWith("es/offline/questions.json: 'options-1'", StringComparison.Ordinal));
    }

    /// <summary>What loading a copy of the default pack reports once <paramref name="edit"/> has changed the copy's folder.</summary>
    private static IReadOnlyList<string> LoadProblemsAfter(Action<string> edit)
    {
        using var folders = new PackFolders();
        var path = folders.CopyDefault("default");
        edit(path);
        return Assert.Throws<PackLoadException>(() => PromptPackLoader.Load(path)).Problems;
    }

    private static void Replace(string file, string text, string replacement) =>
        File.WriteAllText(file, File.ReadAllText(file).Replace(text, replacement, StringComparison.Ordinal));
}
