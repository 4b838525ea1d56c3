using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BotCompanion.Web.Portal;

/// <summary>The coach portal: Razor Pages under /coach behind a cookie sign-in from single-use links.</summary>
public static class PortalSetup
{
    public const string CoachIdClaim = "botcompanion:coach";

    public const string OidcScheme = "Entra";
    public const string AdminRole = "PackAdmin";

    /// <summary>The claims a signed-in coach gets: their id, name, and the admin role when Portal:Admins lists their email.</summary>
    public static System.Security.Claims.ClaimsIdentity Identity(BotCompanion.Core.Sharing.Coach coach, PortalOptions portal)
    {
        var identity = new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(CoachIdClaim, coach.Id), new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Name, coach.DisplayName)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        if (portal.Admins.Contains(coach.Email, StringComparer.OrdinalIgnoreCase))
        {
            identity.AddClaim(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, AdminRole));
        }

        return identity;
    }

    public static IServiceCollection AddBotCompanionPortal(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Share notices link to the portal only when this host serves it.
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PortalOptions>>().Value is { Enabled: true } portal
            ? new BotCompanion.Core.Sharing.CoachPortalAddress(new Uri(portal.BaseUrl, "coach"))
            : new BotCompanion.Core.Sharing.CoachPortalAddress(null));
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Coach");
            options.Conventions.AllowAnonymousToPage("/Coach/SignIn");
            options.Conventions.AuthorizeFolder("/Admin", "Admin");
        }).AddMvcOptions(options =>
        {
            // The portal's forms have flat field names; jQuery's "a[b]" syntax is not used, and a malformed one ("a[b")
            // made model binding throw (a 500) instead of ignoring the field.
            options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            options.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/coach/signin";
            options.AccessDeniedPath = "/coach/signin";
            options.Cookie.Name = "botcompanion.coach";
            options.Cookie.HttpOnly = true;
            // Lax, not Strict: after single sign-on the provider's cross-site redirect back must still carry the
            // session cookie, or the coach loops back to sign-in. Posts are guarded by antiforgery tokens either way.
            options.Cookie.SameSite = SameSiteMode.Lax;

            // Always Secure in production; plain http is only for local development and tests on loopback.
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.SlidingExpiration = false;
        });
        services.AddBotCompanionPortalSessions();

        // Single sign-on is configured lazily from Portal:Oidc, and only ever challenged when it is enabled.
        services.AddOptions<PortalOidcOptions>().BindConfiguration(PortalOidcOptions.SectionName);
        services.AddAuthentication().AddOpenIdConnect(OidcScheme, _ => { });
        services.AddOptions<OpenIdConnectOptions>(OidcScheme).Configure<IOptions<PortalOidcOptions>>((options, settings) =>
        {
            var oidc = settings.Value;
            options.CallbackPath = "/coach/signin-oidc";
            if (!oidc.Enabled)
            {
                // The handler still runs on every request (to spot its callback path): give it an inert setup.
                options.ClientId = "single-sign-on-disabled";
                options.Configuration = new Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration();
                return;
            }

            options.Authority = oidc.Authority;
            options.ClientId = oidc.ClientId;
            options.ClientSecret = oidc.ClientSecret;
            if (!string.IsNullOrWhiteSpace(oidc.MetadataAddress))
            {
                options.MetadataAddress = oidc.MetadataAddress;
            }

            options.RequireHttpsMetadata = !environment.IsDevelopment();
            options.ResponseType = "code";
            options.Scope.Add("email");
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.Events.OnTokenValidated = MapToCoachAsync;
        });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme).Configure<IOptions<PortalOidcOptions>>((cookie, settings) =>
            cookie.Events.OnRedirectToLogin = context =>
            {
                // With single sign-on, portal visits go to the identity provider rather than the link-only page.
                context.HttpContext.Response.Redirect(settings.Value.Enabled
                    ? "/coach/signin/sso?returnUrl=" + Uri.EscapeDataString(context.Request.Path)
                    : context.RedirectUri);
                return Task.CompletedTask;
            });

        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<Microsoft.Extensions.Options.IOptions<PortalOptions>>((cookie, portal) => cookie.ExpireTimeSpan = portal.Value.SessionLifetime);
        services.AddAuthorization(options =>
        {
            options.AddPolicy("Coach", policy => policy.RequireClaim(CoachIdClaim));
            options.AddPolicy("Admin", policy => policy.RequireClaim(CoachIdClaim).RequireRole(AdminRole));
        });
        return services;
    }

    /// <summary>The identity provider vouched for an email: it must be a registered coach, who gets their coach id claim.</summary>
    private static async Task MapToCoachAsync(Microsoft.AspNetCore.Authentication.OpenIdConnect.TokenValidatedContext context)
    {
        var email = context.Principal?.FindFirst("email")?.Value ?? context.Principal?.FindFirst("preferred_username")?.Value;
        var coaches = context.HttpContext.RequestServices.GetRequiredService<BotCompanion.Core.Sharing.ICoachDirectory>();
        if (email is null || await coaches.FindCoachByEmailAsync(email, context.HttpContext.RequestAborted) is not { } coach)
        {
            context.Fail("This account is not registered as a coach.");
            return;
        }

        context.Principal = new System.Security.Claims.ClaimsPrincipal(Identity(coach, context.HttpContext.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value));
    }

    public static WebApplication UseBotCompanionPortal(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>().Value.Enabled)
        {
            app.MapRazorPages();
        }

        app.MapGet("/coach/signin/sso", (string? returnUrl, IOptions<PortalOidcOptions> oidc) => !oidc.Value.Enabled
            ? Results.NotFound()
            : Results.Challenge(
                new Microsoft.AspNetCore.Authentication.AuthenticationProperties { RedirectUri = returnUrl is { Length: > 0 } && returnUrl.StartsWith("/coach", StringComparison.Ordinal) ? returnUrl : "/coach" },
                [OidcScheme]));
        return app;
    }
}
