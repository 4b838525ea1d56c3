using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BotCompanion.Web.Pages.Coach;

public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/coach");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/coach/signin");
    }
}
