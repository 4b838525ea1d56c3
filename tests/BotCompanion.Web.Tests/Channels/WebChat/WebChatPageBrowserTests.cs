using Microsoft.Playwright;

namespace BotCompanion.Web.Tests.Channels.WebChat;

/// <summary>The development chat page in Chromium, with a conversation longer than the window.</summary>
public sealed class WebChatPageBrowserTests : BrowserBed
{
    private static readonly string[] Conversation =
    [
        "I want to get better at delegating to my team",
        "I keep redoing the work my leads hand in",
        "Mostly because I worry the board will notice mistakes",
        "I would like my leads to own the quarterly report",
        "Right now I write about half of it myself",
        "Maybe I could agree the outline with them first",
        "Talking to Priya on Monday feels like a start",
        "It matters because I am exhausted every weekend",
    ];

    [Fact]
    public async Task AfterALongConversation_TheLastRepliesButtons_AreInView_AboveTheFooter()
    {
        var page = await (await Chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 800, Height = 480 } })).NewPageAsync();
        await page.GotoAsync($"{Host.BaseAddress}chat");
        foreach (var text in Conversation.Append("/forget"))
        {
            await SendAsync(page, text);
        }

        var log = page.Locator("#log");
        Assert.True(await log.EvaluateAsync<bool>("e => e.scrollHeight > e.clientHeight * 2"), "the conversation should be longer than the window");
        var buttons = page.Locator(".chips").Last.Locator("button");
        Assert.True(await buttons.CountAsync() >= 2);
        var footer = await page.Locator("footer").BoundingBoxAsync();
        for (var i = 0; i < await buttons.CountAsync(); i++)
        {
            await Assertions.Expect(buttons.Nth(i)).ToBeInViewportAsync(new() { Ratio = 1 });
            var box = await buttons.Nth(i).BoundingBoxAsync();
            Assert.True(box!.Y + box.Height <= footer!.Y, $"button {i} ends at {box.Y + box.Height}, under the footer at {footer.Y}");
        }
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var replies = await page.Locator(".msg:not(.user)").CountAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Message" }).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await page.WaitForFunctionAsync($"document.querySelectorAll('.msg:not(.user)').length > {replies}");
    }
}
