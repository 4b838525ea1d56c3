using BotCompanion.Core.Sharing;
using BotCompanion.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BotCompanion.Web.Pages.Coach;

public sealed class IndexModel(ICoachDirectory coaches) : PageModel
{
    public IReadOnlyList<LinkedExecutive> Executives { get; private set; } = [];

    public string InviteCode { get; private set; } = "";

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
