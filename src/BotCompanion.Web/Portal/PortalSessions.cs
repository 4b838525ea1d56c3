namespace BotCompanion.Web.Portal;

/// <summary>
/// Portal sign-ins are server-side sessions (<see cref="DistributedTicketStore"/>), and each request checks that the
/// coach still exists: removing a coach ends their sessions everywhere, at their next request.
/// </summary>
internal static class PortalSessions
{
    public static IServiceCollection AddBotCompanionPortalSessions(this IServiceCollection services)
    {
        services.AddSingleton<DistributedTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme).Configure<DistributedTicketStore>((cookie, store) =>
        {
            cookie.SessionStore = store;
            cookie.Events.OnValidatePrincipal = ValidateAsync;
        });
        return services;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var coachId = context.Principal?.FindFirst(PortalSetup.CoachIdClaim)?.Value;
        var coaches = context.HttpContext.RequestServices.GetRequiredService<ICoachDirectory>();
        if (coachId is null || await coaches.FindCoachAsync(coachId, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
