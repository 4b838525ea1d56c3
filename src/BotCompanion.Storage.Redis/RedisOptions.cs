namespace BotCompanion.Storage.Redis;

public sealed class RedisOptions
{
    public const string SectionName = "Storage:Redis";

    /// <summary>
    /// StackExchange.Redis configuration string, e.g. "localhost:6379" or "host:6380,ssl=true,password=…".
    /// Empty selects the in-memory store. Set Storage:Redis:Configuration (or BOTCOMPANION_Storage__Redis__Configuration).
    /// </summary>
    public string? Configuration { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
