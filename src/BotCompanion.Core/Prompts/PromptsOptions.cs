using System.ComponentModel.DataAnnotations;

namespace BotCompanion.Core.Prompts;

public sealed class PromptsOptions
{
    public const string SectionName = "Prompts";

    /// <summary>
    /// The folder holding the packs. Empty = "prompts" in the working directory, else next to the program.
    /// Set Prompts:Path.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>The active pack's folder name. Set Prompts:Pack.</summary>
    [Required(ErrorMessage = "Prompts:Pack must name a pack folder under Prompts:Path, e.g. \"default\".")]
    [RegularExpression("^[A-Za-z0-9_.-]{1,64}$", ErrorMessage = "Prompts:Pack must be a folder name (letters, digits, '_', '.', '-').")]
    public string Pack { get; set; } = "default";

    /// <summary>Per-tenant overrides: tenant id → pack folder name. Set Prompts:TenantPacks:{tenantId}.</summary>
    public Dictionary<string, string> TenantPacks { get; set; } = [];

    /// <summary>
    /// Per-tenant language: tenant id → a language the pack declares ("es"). It wins over the language the channel
    /// reports; a person's own choice (/language) wins over it. Set Prompts:TenantLanguages:{tenantId}.
    /// </summary>
    public Dictionary<string, string> TenantLanguages { get; set; } = [];

    /// <summary>Reload a pack when its files change; a broken edit is rejected and the last good version stays. Set Prompts:ReloadOnChange.</summary>
    public bool ReloadOnChange { get; set; } = true;

    public string ResolvePath()
    {
        if (!string.IsNullOrWhiteSpace(Path))
        {
            return System.IO.Path.GetFullPath(Path);
        }

        var working = System.IO.Path.Combine(Environment.CurrentDirectory, "prompts");
        return Directory.Exists(working) ? working : System.IO.Path.Combine(AppContext.BaseDirectory, "prompts");
    }
}
