namespace BotCompanion.Web.Tests.Support;

/// <summary>A bot host and a headless Chromium, started fresh for each test of a browser test class and torn down after it.</summary>
public abstract class BrowserBed : IAsyncLifetime
{
    protected BotHost Host { get; private set; } = null!;

    protected HeadlessChromium Chromium { get; private set; } = null!;

    /// <summary>The host the browser talks to; a class that needs settings or services of its own starts it here.</summary>
    protected virtual BotHost StartHost() => new();

    public virtual async Task InitializeAsync()
    {
        Host = StartHost();
        Chromium = await HeadlessChromium.LaunchAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        Host.Dispose();
    }
}
