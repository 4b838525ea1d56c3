using BotCompanion.Core.Outcomes;
using BotCompanion.Core.Prompts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BotCompanion.Web.Pages.Coach;

/// <summary>
/// One executive's shared summaries and the pre-session brief. Authorization on every request: an id that is not
/// one of this coach's executives is "not found", whether it exists for another coach or not at all.
/// </summary>
public sealed class ExecutiveModel(ICoachDirectory coaches, ProgressSharing progress, IPromptPackProvider packs, TimeProvider time) : PageModel
{
    public LinkedExecutive? Executive { get; private set; }

    public IReadOnlyList<SharedSummary> Summaries { get; private set; } = [];

    public IReadOnlyList<SharedSummary> Brief { get; private set; } = [];

    /// <summary>The progress figures, only when the executive shares them (<c>/progress share</c>).</summary>
    public ProgressView? Progress { get; private set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly Since { get; set; }

    /// <summary>The focus this coach proposed, if any; whether the executive took it up is theirs alone.</summary>
    public ProposedFocus? Focus { get; private set; }

    /// <summary>True when the proposed focus was refused (empty, more than one line or too long) and the form is shown again.</summary>
    public bool FocusRejected { get; private set; }

    /// <summary>Proposes (or replaces) the focus until the next session: one line, at most <see cref="ProposedFocus.MaxLength"/> characters.</summary>
    public async Task<IActionResult> OnPostFocusAsync(string id, string? focus, CancellationToken cancellationToken)
    {
        var coachId = User.FindFirst(PortalSetup.CoachIdClaim)?.Value;
        if (coachId is null)
        {
            return NotFound();
        }

        if (ProposedFocus.Normalise(focus) is not { } text)
        {
            FocusRejected = true;
            var page = await OnGetAsync(id, cancellationToken);
            Response.StatusCode = page is PageResult ? StatusCodes.Status400BadRequest : Response.StatusCode;
            return page;
        }

        return await coaches.ProposeFocusAsync(coachId, id, text, cancellationToken) ? RedirectToPage(new { id }) : NotFound();
    }

    /// <summary>Withdraws the proposal; an executive who already accepted it keeps their focus until they end it.</summary>
    public async Task<IActionResult> OnPostWithdrawFocusAsync(string id, CancellationToken cancellationToken)
    {
        var coachId = User.FindFirst(PortalSetup.CoachIdClaim)?.Value;
        if (coachId is null || !(await coaches.ExecutivesOfAsync(coachId, cancellationToken)).Any(e => e.Id == id))
        {
            return NotFound();
        }

        await coaches.WithdrawFocusAsync(coachId, id, cancellationToken);
        return RedirectToPage(new { id });
    }

    /// <summary>Records the session the coach just held; the brief then gathers what was shared since that day.</summary>
    public async Task<IActionResult> OnPostSessionAsync(string id, DateOnly heldOn, CancellationToken cancellationToken)
    {
        var coachId = User.FindFirst(PortalSetup.CoachIdClaim)?.Value;
        if (coachId is null || !(await coaches.ExecutivesOfAsync(coachId, cancellationToken)).Any(e => e.Id == id))
        {
            // Not one of theirs, or no id a page address can be made of: nothing to go back to.
            return NotFound();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (heldOn == default || heldOn > today.AddDays(1))
        {
            // A session in the future (beyond time-zone slack) or no date at all is not recorded.
            return RedirectToPage(new { id });
        }

        return await coaches.RecordSessionAsync(coachId, id, heldOn, cancellationToken) ? RedirectToPage(new { id }) : NotFound();
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var coachId = User.FindFirst(PortalSetup.CoachIdClaim)?.Value;
        Executive = coachId is null ? null : (await coaches.ExecutivesOfAsync(coachId, cancellationToken)).FirstOrDefault(e => e.Id == id);
        if (Executive is null)
        {
            return NotFound();
        }

        if (Since == default)
        {
            Since = Executive.LastSessionOn ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddDays(-14));
        }

        Summaries = await coaches.SharedWithAsync(coachId!, id, cancellationToken);
        Focus = await coaches.ProposedFocusAsync(coachId!, id, cancellationToken);
        var from = Since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        Brief = [.. Summaries.Where(s => s.SharedAt.UtcDateTime >= from)];
        Progress = new ProgressView(await progress.SharedWithAsync(coachId!, id, cancellationToken), packs.GetPack().Labels);
        return Page();
    }
}
