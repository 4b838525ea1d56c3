using BotCompanion.Core.Prompts.Diffs;

namespace BotCompanion.Core.Tests.Prompts.Diffs;

public class PackDiffTests
{
    [Fact]
    public void IdenticalPacks_HaveNoChanges()
    {
        using var copy = PromptPackTests.PackCopy.Of("default");

        var diff = PackDiff.Compare(PromptPackLoader.Load(copy.Path), PromptPackLoader.Load(copy.Path));

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void ChangedTemplateConfigQuestionsLabelsAndManifest_AreEachReported()
    {
        using var a = PromptPackTests.PackCopy.Of("default");
        using var b = PromptPackTests.PackCopy.Of("default");
        Edit(b.Path, "pack.json", text => text.Replace("\"1.0.0\"", "\"1.1.0\"", StringComparison.Ordinal));
        Edit(b.Path, "Coach/Reply/skprompt.txt", text => text + "\nKeep every reply under forty words.");
        Edit(b.Path, "Coach/Reply/config.json", text => text.Replace("\"temperature\": 0.4", "\"temperature\": 0.2", StringComparison.Ordinal));
        Edit(b.Path, "offline/questions.json", text => text.Replace("\"goal\": [", "\"goal\": [{\"id\": \"g-new\", \"text\": \"What would make this hour worth it?\"},", StringComparison.Ordinal));
        Edit(b.Path, "labels.json", text => text.Replace("\"We're in coaching mode.\"", "\"We're already coaching.\"", StringComparison.Ordinal));

        var diff = PackDiff.Compare(PromptPackLoader.Load(a.Path), PromptPackLoader.Load(b.Path));

        Assert.Equal(["version: \"1.0.0\" → \"1.1.0\""], diff.Manifest);
        var reply = Assert.Single(diff.Functions);
        Assert.Equal("Coach/Reply", reply.Folder);
        Assert.Empty(reply.RemovedLines);
        Assert.Contains("Keep every reply under forty words.", reply.AddedLines);
        Assert.Contains(reply.ConfigChanges, c => c.EndsWith("temperature: 0.4 → 0.2", StringComparison.Ordinal));
        Assert.Equal(["goal: + g-new: What would make this hour worth it?"], diff.Questions);
        Assert.Equal(["coachAlready: \"We're in coaching mode.\" → \"We're already coaching.\""], diff.Labels);
    }

    private static void Edit(string pack, string relative, Func<string, string> change)
    {
        var path = Path.Combine(pack, relative);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }
}
