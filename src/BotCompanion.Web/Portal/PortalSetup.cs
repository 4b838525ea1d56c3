using Microsoft.AspNetCore.Authentication.Cookies;

namespace BotCompanion.Web.Portal;

/// <summary>The coach portal: Razor Pages under /coach behind a cookie sign-in from single-use links.</summary>
public static class PortalSetup
{
    public const string CoachIdClaim = "botcompanion:coach";

    public static IServiceCollection AddBotCompanionPortal(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Coach");
            options.Conventions.AllowAnonymousToPage("/Coach/SignIn");
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/coach/signin";
            options.AccessDeniedPath = "/coach/signin";
            options.Cookie.Name = "botcompanion.coach";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;

            // Always Secure in production; plain http is only for local development and tests on loopback.
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.SlidingExpiration = false;
        });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<Microsoft.Extensions.Options.IOptions<PortalOptions>>((cookie, portal) => cookie.ExpireTimeSpan = portal.Value.SessionLifetime);
        services.AddAuthorization(options => options.AddPolicy("Coach", policy => policy.RequireClaim(CoachIdClaim)));
        return services;
    }

    public static WebApplication UseBotCompanionPortal(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>().Value.Enabled)
        {
            app.MapRazorPages();
        }

        return app;
    }
}
