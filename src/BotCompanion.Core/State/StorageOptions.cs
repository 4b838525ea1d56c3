using System.ComponentModel.DataAnnotations;

namespace BotCompanion.Core.State;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// Everything stored about a conversation is deleted after this long without a message
    /// (sliding: every turn renews it). Set Storage:IdleExpiry, e.g. "90.00:00:00".
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00", ErrorMessage = "Storage:IdleExpiry must be between 1 minute and 3650 days, e.g. \"90.00:00:00\".")]
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Prefix of every key, so one Redis can host several deployments. Set Storage:KeyPrefix.</summary>
    [Required(ErrorMessage = "Storage:KeyPrefix must not be empty; it namespaces this deployment's keys, e.g. \"botcompanion\".")]
    [RegularExpression("^[A-Za-z0-9_.-]{1,64}$", ErrorMessage = "Storage:KeyPrefix may hold only letters, digits, '_', '.' and '-' (at most 64).")]
    public string KeyPrefix { get; set; } = "botcompanion";
}
