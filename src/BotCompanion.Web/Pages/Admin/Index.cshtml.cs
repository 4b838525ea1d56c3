using System.Text.Json;
using BotCompanion.Core.Evals;
using BotCompanion.Core.Prompts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BotCompanion.Web.Pages.Admin;

/// <summary>For pack admins: every pack in the prompts folder, its version and validation state, its latest eval figures, and which tenants use it.</summary>
public sealed class IndexModel(IOptions<PromptsOptions> prompts, IOptions<PortalOptions> portal, PackValidator validator) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ActivePack { get; private set; } = "";

    public IReadOnlyList<PackRow> Packs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var options = prompts.Value;
        ActivePack = options.Pack;
        var rows = new List<PackRow>();
        foreach (var directory in Directory.EnumerateDirectories(options.ResolvePath()).Where(d => System.IO.File.Exists(Path.Combine(d, "pack.json"))).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetFileName(directory);
            string version;
            IReadOnlyList<string> problems;
            try
            {
                var pack = PromptPackLoader.Load(directory);
                version = pack.Version;
                problems = await validator.ValidateAsync(pack, cancellationToken);
            }
            catch (PackLoadException ex)
            {
                version = "?";
                problems = [ex.Message];
            }

            var usedBy = options.TenantPacks.Where(t => t.Value == folder).Select(t => "tenant " + t.Key).ToList();
            if (options.Pack == folder)
            {
                usedBy.Insert(0, "everyone else (default)");
            }

            rows.Add(new PackRow(folder, version, problems, usedBy, await EvalAsync(folder, cancellationToken)));
        }

        Packs = rows;
    }

    private async Task<EvalReport?> EvalAsync(string folder, CancellationToken cancellationToken)
    {
        var path = portal.Value.EvalReports is { Length: > 0 } reports ? Path.Combine(reports, folder + ".json") : null;
        if (path is null || !System.IO.File.Exists(path))
        {
            return null;
        }

        await using var stream = System.IO.File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<EvalReport>(stream, Json, cancellationToken);
    }

    public sealed record PackRow(string Folder, string Version, IReadOnlyList<string> Problems, IReadOnlyList<string> UsedBy, EvalReport? Eval);
}
