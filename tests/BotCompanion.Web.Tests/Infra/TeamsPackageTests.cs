using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace BotCompanion.Web.Tests.Infra;

/// <summary>infra/teams: the manifest's required fields and limits, its commands against the bot's, the icons, the zip.</summary>
public partial class TeamsPackageTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "infra", "teams");

    private static JsonElement Manifest => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.template.json"))).RootElement;

    [Fact]
    public void Manifest_HasEveryRequiredField_WithinTheSchemaLimits()
    {
        var m = Manifest;
        Assert.Equal("1.22", m.GetProperty("manifestVersion").GetString());
        Assert.Contains("v1.22", m.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.\d+\.\d+$", m.GetProperty("version").GetString());
        Assert.Equal("{{APP_ID}}", m.GetProperty("id").GetString());
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", m.GetProperty("developer").GetProperty(url).GetString(), StringComparison.Ordinal);
        }

        Assert.InRange(m.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(m.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(m.GetProperty("description").GetProperty("full").GetString()!.Length, 1, 4000);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", m.GetProperty("accentColor").GetString());
        var bot = Assert.Single(m.GetProperty("bots").EnumerateArray());
        Assert.Equal("{{APP_ID}}", bot.GetProperty("botId").GetString());
        Assert.Equal(["personal"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["{{BOT_HOST}}"], m.GetProperty("validDomains").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void CommandList_OffersOnlyCommandsTheBotUnderstands_EachWithItsSlash()
    {
        var commands = Manifest.GetProperty("bots")[0].GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray().ToList();
        var help = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "prompts", "default", "labels.json"))).RootElement.GetProperty("help").GetString()!;
        var understood = SlashCommand().Matches(help).Select(m => m.Groups[1].Value).ToHashSet();

        var titles = commands.Select(c => c.GetProperty("title").GetString()!).ToList();

        Assert.InRange(commands.Count, 1, 10);
        // Teams puts a picked command's title into the compose box as is: without the slash it would reach the bot as
        // a coaching message ("forget", "done") instead of the command.
        Assert.All(titles, t => Assert.StartsWith("/", t, StringComparison.Ordinal));
        // The menu holds at most 10; help may document a few more (/share), but the menu offers nothing the bot lacks.
        Assert.All(titles, t => Assert.Contains(t[1..], understood));
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.All(commands, c => Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 128));
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icons_HaveTheRequiredSizes(string file, int size)
    {
        var (width, height, _) = ReadPng(Path.Combine(Folder, file));

        Assert.Equal((size, size), (width, height));
    }

    [Fact]
    public void OutlineIcon_IsWhiteOnTransparent()
    {
        var (_, _, pixels) = ReadPng(Path.Combine(Folder, "outline.png"));

        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"pixel {p} is neither transparent nor white"));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public void BuildScript_ZipsTheManifestWithTheAppIdAndHost_AndTheIconsAtTheRoot()
    {
        var output = Path.Combine(Path.GetTempPath(), $"teams-{Guid.NewGuid():N}.zip");
        using var script = Process.Start(new ProcessStartInfo("bash", [Path.Combine(Folder, "build-package.sh"), "5a1b2c3d-0000-4000-8000-00000000a11d", "bot.example.com", output]) { RedirectStandardError = true })!;
        script.WaitForExit();

        Assert.Equal(0, script.ExitCode);
        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        Assert.Equal("5a1b2c3d-0000-4000-8000-00000000a11d", manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal("bot.example.com", manifest.RootElement.GetProperty("validDomains")[0].GetString());
        File.Delete(output);
    }

    [Fact]
    public void BuildScript_RefusesAnAppIdThatIsNotAGuid()
    {
        using var script = Process.Start(new ProcessStartInfo("bash", [Path.Combine(Folder, "build-package.sh"), "not-a-guid", "bot.example.com", "/dev/null"]) { RedirectStandardError = true })!;
        var error = script.StandardError.ReadToEnd();
        script.WaitForExit();

        Assert.Equal(2, script.ExitCode);
        Assert.Contains("Microsoft App ID", error, StringComparison.Ordinal);
    }

    /// <summary>Decodes an 8-bit RGBA, non-interlaced PNG (what the icons are) into its pixels.</summary>
    private static (int Width, int Height, List<(byte R, byte G, byte B, byte A)> Pixels) ReadPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([137, 80, 78, 71, 13, 10, 26, 10], bytes[..8]);
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at + 8));
                height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at + 12));
                Assert.Equal(8, bytes[at + 16]);
                Assert.Equal(6, bytes[at + 17]);
            }
            else if (type == "IDAT")
            {
                idat.Write(bytes, at + 8, length);
            }

            at += length + 12;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var pixels = new List<(byte, byte, byte, byte)>();
        var stride = (width * 4) + 1;
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, raw[y * stride]);
            for (var x = 0; x < width; x++)
            {
                var p = (y * stride) + 1 + (x * 4);
                pixels.Add((raw[p], raw[p + 1], raw[p + 2], raw[p + 3]));
            }
        }

        return (width, height, pixels);
    }

    [GeneratedRegex(@"/([a-z-]+)")]
    private static partial Regex SlashCommand();
}
