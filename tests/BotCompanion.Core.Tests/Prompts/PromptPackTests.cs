using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotCompanion.Core.Tests.Prompts;

public class PromptPackTests
{
    [Fact]
    public async Task DefaultPack_LoadsAndPassesEveryCheck()
    {
        var pack = PromptPackLoader.Load(Path.Combine(RepoPaths.Prompts, "default"));

        var problems = await new PackValidator(new DirectivenessGuard()).ValidateAsync(pack, default);

        Assert.Empty(problems);
        Assert.Matches("^default@1\\.0\\.0#[0-9a-f]{12}$", pack.Reference);
    }

    [Fact]
    public void MissingFunction_IsReportedWithItsPath()
    {
        using var copy = PackCopy.Of("default");
        File.Delete(Path.Combine(copy.Path, "Mentor", "Reply", "skprompt.txt"));

        var ex = Assert.Throws<PackLoadException>(() => PromptPackLoader.Load(copy.Path));

        Assert.Contains("Mentor/Reply/skprompt.txt: file is missing", ex.Problems);
    }

    [Fact]
    public async Task UndeclaredTemplateVariable_IsReported()
    {
        using var copy = PackCopy.Of("default");
        File.AppendAllText(Path.Combine(copy.Path, "Coach", "Reply", "skprompt.txt"), "{{$mood}}");

        var problems = await new PackValidator(new DirectivenessGuard()).ValidateAsync(PromptPackLoader.Load(copy.Path), default);

        Assert.Contains(problems, p => p.Contains("{{$mood}}", StringComparison.Ordinal) && p.Contains("Coach/Reply", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdviceInTheQuestionBank_IsReported()
    {
        using var copy = PackCopy.Of("default");
        var bank = Path.Combine(copy.Path, "offline", "questions.json");
        File.WriteAllText(bank, File.ReadAllText(bank).Replace("What could you do?", "You should delegate more, shouldn't you?", StringComparison.Ordinal));

        var problems = await new PackValidator(new DirectivenessGuard()).ValidateAsync(PromptPackLoader.Load(copy.Path), default);

        Assert.Contains(problems, p => p.Contains("options-1", StringComparison.Ordinal) && p.Contains("advice", StringComparison.Ordinal));
    }

    [Fact]
    public void BrokenJsonAndMissingSafety_AreAllReported()
    {
        using var copy = PackCopy.Of("default");
        File.WriteAllText(Path.Combine(copy.Path, "pack.json"), "{ \"name\": ");
        File.Delete(Path.Combine(copy.Path, "safety.md"));

        var ex = Assert.Throws<PackLoadException>(() => PromptPackLoader.Load(copy.Path));

        Assert.Contains(ex.Problems, p => p.StartsWith("pack.json: not valid JSON", StringComparison.Ordinal));
        Assert.Contains("safety.md: file is missing", ex.Problems);
    }

    [Fact]
    public void Provider_BrokenEdit_KeepsTheLastGoodVersion()
    {
        using var copy = PackCopy.Of("default");
        using var provider = Provider(copy);
        var before = provider.GetPack().Reference;

        File.Delete(Path.Combine(copy.Path, "labels.json"));
        var reloaded = provider.TryReload("default");

        Assert.False(reloaded);
        Assert.Equal(before, provider.GetPack().Reference);
    }

    [Fact]
    public void Provider_GoodEdit_IsPickedUpWithANewHash()
    {
        using var copy = PackCopy.Of("default");
        using var provider = Provider(copy);
        var before = provider.GetPack().Reference;

        File.AppendAllText(Path.Combine(copy.Path, "safety.md"), "\nYour organisation's employee assistance line is also there for you.");
        var reloaded = provider.TryReload("default");

        Assert.True(reloaded);
        Assert.NotEqual(before, provider.GetPack().Reference);
    }

    [Fact]
    public void Provider_TenantOverride_SelectsThatTenantsPack()
    {
        using var copy = PackCopy.Of("default");
        var second = System.IO.Path.Combine(copy.Root, "pilot");
        CopyDirectory(copy.Path, second);
        File.WriteAllText(Path.Combine(second, "pack.json"), File.ReadAllText(Path.Combine(second, "pack.json")).Replace("\"default\"", "\"pilot\"", StringComparison.Ordinal));
        var options = new PromptsOptions { Path = copy.Root, Pack = "default", ReloadOnChange = false, TenantPacks = { ["tenant-a"] = "pilot" } };

        using var provider = new PromptPackProvider(Options.Create(options), new DirectivenessGuard(), NullLogger<PromptPackProvider>.Instance);

        Assert.Equal("pilot", provider.GetPack("tenant-a").Name);
        Assert.Equal("default", provider.GetPack("tenant-b").Name);
    }

    private static PromptPackProvider Provider(PackCopy copy) =>
        new(Options.Create(new PromptsOptions { Path = copy.Root, Pack = "default", ReloadOnChange = false }), new DirectivenessGuard(), NullLogger<PromptPackProvider>.Instance);

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    internal sealed class PackCopy : IDisposable
    {
        private PackCopy(string root, string name)
        {
            Root = root;
            Path = System.IO.Path.Combine(root, name);
        }

        public string Root { get; }

        public string Path { get; }

        public static PackCopy Of(string name)
        {
            var copy = new PackCopy(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "packs-" + Guid.NewGuid().ToString("N")), name);
            CopyDirectory(System.IO.Path.Combine(RepoPaths.Prompts, name), copy.Path);
            return copy;
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
