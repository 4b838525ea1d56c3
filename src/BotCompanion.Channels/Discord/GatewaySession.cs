namespace BotCompanion.Channels.Discord;

/// <summary>
/// The Gateway session that outlives connections: its id and resume URL (from READY) and the last sequence seen.
/// A fresh session (Identify) forgets all three; a resume sends them back.
/// </summary>
internal sealed class GatewaySession
{
    public string? Id { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    public long? Sequence { get; private set; }

    /// <summary>True when a READY gave both what a Resume needs.</summary>
    public bool CanResume => Id is not null && ResumeUrl is not null;

    /// <summary>A new session starts its own sequence: heartbeats and a later Resume must not carry the old one's.</summary>
    public void StartFresh()
    {
        Id = null;
        Sequence = null;
    }

    /// <summary>An Invalid Session that cannot be resumed: nothing of it is kept.</summary>
    public void Invalidate()
    {
        Id = null;
        ResumeUrl = null;
        Sequence = null;
    }

    /// <summary>Keeps the highest sequence number of the dispatches seen.</summary>
    public void Observe(long? sequence)
    {
        if (sequence is { } s && s > (Sequence ?? 0))
        {
            Sequence = s;
        }
    }

    public void Ready(JsonNode? data)
    {
        Id = data?["session_id"]?.GetValue<string>();
        ResumeUrl = data?["resume_gateway_url"]?.GetValue<string>() is { } resumeUrl ? new Uri(resumeUrl) : null;
    }

    public JsonObject ResumePayload(string? token) => new()
    {
        ["op"] = (int)GatewayOpcode.Resume,
        ["d"] = new JsonObject { ["token"] = token, ["session_id"] = Id, ["seq"] = Sequence },
    };

    public JsonObject HeartbeatPayload() => new() { ["op"] = (int)GatewayOpcode.Heartbeat, ["d"] = Sequence };
}
