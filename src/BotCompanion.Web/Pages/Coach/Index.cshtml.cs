using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BotCompanion.Web.Pages.Coach;

public sealed class IndexModel(ICoachDirectory coaches) : PageModel
{
    public IReadOnlyList<LinkedExecutive> Executives { get; private set; } = [];

    public string InviteCode { get; private set; } = "";

    /// <summary>How long a notice code works; the page says so.</summary>
    public static readonly TimeSpan NotifyCodeLifetime = TimeSpan.FromMinutes(15);

    public string? NotifyCode { get; private set; }

    /// <summary>A single-use code the coach sends the bot in Teams to get a notice whenever an executive shares.</summary>
    public async Task<IActionResult> OnPostNotifyAsync(CancellationToken cancellationToken)
    {
        var coachId = User.FindFirst(PortalSetup.CoachIdClaim)?.Value;
        if (coachId is null)
        {
            return Redirect("/coach/signin");
        }

        NotifyCode = await coaches.IssueNotifyCodeAsync(coachId, NotifyCodeLifetime, cancellationToken);
        return await OnGetAsync(cancellationToken);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var coachId = User.FindFirst(PortalSetup.CoachIdClaim)?.Value;
        if (coachId is null || await coaches.FindCoachAsync(coachId, cancellationToken) is not { } coach)
        {
            return Redirect("/coach/signin");
        }

        InviteCode = coach.InviteCode;
        Executives = [.. (await coaches.ExecutivesOfAsync(coachId, cancellationToken)).OrderBy(e => e.DisplayName, StringComparer.CurrentCulture)];
        return Page();
    }
}
