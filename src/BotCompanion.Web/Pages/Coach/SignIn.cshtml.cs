using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BotCompanion.Web.Pages.Coach;

/// <summary>
/// Single-use sign-in links: the GET only shows a button (so link previews and scanners cannot spend the link);
/// the POST, protected against forgery, redeems the token and signs the coach in.
/// </summary>
public sealed class SignInModel(ICoachDirectory coaches, Microsoft.Extensions.Options.IOptions<PortalOptions> portal) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Refused { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Token) || await coaches.RedeemSignInTokenAsync(Token, cancellationToken) is not { } coachId
            || await coaches.FindCoachAsync(coachId, cancellationToken) is not { } coach)
        {
            Refused = true;
            Token = null;
            return Page();
        }

        var identity = PortalSetup.Identity(coach, portal.Value);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Redirect("/coach");
    }
}
