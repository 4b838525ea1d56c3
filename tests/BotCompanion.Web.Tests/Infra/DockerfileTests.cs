namespace BotCompanion.Web.Tests.Infra;

/// <summary>infra/docker/Dockerfile, parsed: base images cannot be pulled here, so its shape is what is checked.</summary>
public class DockerfileTests
{
    private static readonly Dockerfile File = Dockerfile.Load(RepoPaths.Of("infra", "docker", "Dockerfile"));

    [Fact]
    public void Dockerfile_BuildsWithTheSdk_AndRunsOnTheAspNetRuntime()
    {
        Assert.Equal(2, File.Stages.Count);
        var build = File.Stages[0];
        Assert.Equal("build", build.Name);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:", build.Image, StringComparison.Ordinal);
        Assert.Contains(build.All("RUN"), run => run.StartsWith("dotnet publish src/BotCompanion.Web/", StringComparison.Ordinal));

        // The full (not chiseled, not alpine) image: it carries ICU and tzdata for time zones and culture-aware text.
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", File.Final.Image, StringComparison.Ordinal);
        Assert.DoesNotContain("chiseled", File.Final.Image, StringComparison.Ordinal);
        Assert.DoesNotContain("alpine", File.Final.Image, StringComparison.Ordinal);
        Assert.Contains(File.Final.All("ENV"), env => env.Contains("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false", StringComparison.Ordinal));
    }

    [Fact]
    public void BuildStage_PublishesReadyToRun_ForTheArchitectureBuildKitTargets()
    {
        var build = File.Stages[0];
        var publish = Assert.Single(build.All("RUN"), run => run.StartsWith("dotnet publish", StringComparison.Ordinal));
        var restore = Assert.Single(build.All("RUN"), run => run.StartsWith("dotnet restore", StringComparison.Ordinal));

        Assert.Contains("TARGETARCH", build.All("ARG"));
        Assert.Contains("-p:PublishReadyToRun=true", publish, StringComparison.Ordinal);
        Assert.Contains("--self-contained false", publish, StringComparison.Ordinal);
        // The restore must name the same architecture, or the --no-restore publish finds no runtime pack for it.
        Assert.Contains("-a \"$TARGETARCH\"", publish, StringComparison.Ordinal);
        Assert.Contains("-a \"$TARGETARCH\"", restore, StringComparison.Ordinal);
    }

    [Fact]
    public void RuntimeStage_CopiesOnlyThePublishedOutput_FromTheBuildStage()
    {
        var copy = Assert.Single(File.Final.All("COPY"));

        Assert.Equal("--from=build /app/publish ./", copy);
    }

    [Fact]
    public void RuntimeStage_RunsAsTheImagesNonRootUser()
    {
        var user = File.Final.Last("USER");

        Assert.NotNull(user);
        Assert.Contains(user, new[] { "$APP_UID", "${APP_UID}", "app", "1654" });
        // Nothing after the USER line switches back to root.
        var afterUser = File.Final.Instructions.SkipWhile(i => i.Keyword != "USER").Skip(1);
        Assert.DoesNotContain(afterUser, i => i.Keyword == "USER");
    }

    [Fact]
    public void RuntimeStage_ListensOn8080_AndExposesIt()
    {
        Assert.Equal("8080", File.Final.Last("EXPOSE"));
        Assert.Contains(File.Final.All("ENV"), env => env.Contains("ASPNETCORE_HTTP_PORTS=8080", StringComparison.Ordinal));
    }

    [Fact]
    public void HealthCheck_AsksHealthz()
    {
        var check = File.Final.Last("HEALTHCHECK");

        Assert.NotNull(check);
        Assert.Contains("CMD ", check, StringComparison.Ordinal);
        Assert.Contains("/healthz", check, StringComparison.Ordinal);
    }

    [Fact]
    public void Entrypoint_RunsThePublishedHost()
    {
        var entrypoint = JsonSerializer.Deserialize<string[]>(File.Final.Last("ENTRYPOINT")!);

        Assert.Equal(["dotnet", "BotCompanion.Web.dll"], entrypoint!);
        Assert.Equal("/app", File.Final.Last("WORKDIR"));
    }

    [Fact]
    public void BuildStage_CopiesEveryProjectTheHostReferences_BeforeRestoring()
    {
        var copied = File.Stages[0].All("COPY").ToList();
        var restore = File.Stages[0].Instructions.FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var referenced = ProjectClosure(RepoPaths.Of("src", "BotCompanion.Web", "BotCompanion.Web.csproj"));

        Assert.True(restore > 0);
        var beforeRestore = File.Stages[0].Instructions.Take(restore).Where(i => i.Keyword == "COPY").Select(i => i.Arguments).ToList();
        Assert.All(referenced, project => Assert.Contains(beforeRestore, c => c.StartsWith(project + " ", StringComparison.Ordinal)));
        Assert.Contains(copied, c => c.StartsWith("prompts/ ", StringComparison.Ordinal));
    }

    [Fact]
    public void DockerIgnore_KeepsBuildOutputAndGitOutOfTheContext_ButNotTheSources()
    {
        var lines = System.IO.File.ReadAllLines(RepoPaths.Of(".dockerignore")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.Contains("**/bin/", lines);
        Assert.Contains("**/obj/", lines);
        Assert.Contains(".git/", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("src", StringComparison.Ordinal) || l.StartsWith("prompts", StringComparison.Ordinal));
    }

    /// <summary>Repo-relative paths of a project and every project it references, transitively.</summary>
    private static SortedSet<string> ProjectClosure(string csproj)
    {
        var root = RepoPaths.Root;
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(csproj)]);
        while (pending.TryPop(out var project))
        {
            if (!found.Add(Path.GetRelativePath(root, project).Replace('\\', '/')))
            {
                continue;
            }

            var xml = System.Xml.Linq.XDocument.Load(project);
            foreach (var reference in xml.Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', '/');
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, include)));
            }
        }

        return found;
    }
}
