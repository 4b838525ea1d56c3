namespace BotCompanion.Channels.WebChat;

public sealed class WebChatOptions
{
    public const string SectionName = "Channels:WebChat";

    /// <summary>
    /// Serve the built-in chat page at /chat. Unset = on in Development only. It has no sign-in, so keep it off on
    /// any host reachable by others. Set Channels:WebChat:Enabled.
    /// </summary>
    public bool? Enabled { get; set; }
}
