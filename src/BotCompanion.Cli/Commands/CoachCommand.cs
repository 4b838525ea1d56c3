using System.Net.Mail;
using BotCompanion.Core.Sharing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotCompanion.Cli.Commands;

/// <summary>
/// <c>coach invite &lt;email&gt; [--name N]</c>: creates a coach account and prints a single-use sign-in link for the portal
/// and the invite code executives link with. Needs the shared store (Storage:Redis:Configuration) so the bot sees it.
/// </summary>
internal static class CoachCommand
{
    public static Command Create()
    {
        var email = new Argument<string>("email") { Description = "The coach's email address." };
        var name = new Option<string?>("--name") { Description = "How executives see the coach (default: the part of the email before @)." };
        var invite = new Command("invite", "Create a coach and print a single-use sign-in link and the executives' invite code.") { email, name };
        invite.SetAction(async (parse, cancellationToken) =>
        {
            var address = parse.GetValue(email)!;
            if (!MailAddress.TryCreate(address, out var mail))
            {
                await Console.Error.WriteLineAsync($"coach invite: '{address}' is not an email address.");
                return 2;
            }

            using var host = CliHost.Build();
            var configuration = host.Services.GetRequiredService<IConfiguration>();
            if (string.IsNullOrWhiteSpace(configuration["Storage:Redis:Configuration"]))
            {
                await Console.Error.WriteLineAsync("coach invite: set Storage:Redis:Configuration to the bot's Redis; with the in-memory store the coach would exist only in this process.");
                return 2;
            }

            var coaches = host.Services.GetRequiredService<ICoachDirectory>();
            var coach = await coaches.CreateCoachAsync(mail.Address, parse.GetValue(name) ?? mail.User, cancellationToken);
            var portal = configuration.GetSection(PortalLinkOptions.SectionName).Get<PortalLinkOptions>() ?? new PortalLinkOptions();
            var lifetime = portal.SignInLinkLifetime;
            var token = await coaches.IssueSignInTokenAsync(coach.Id, lifetime, cancellationToken);
            var baseUrl = portal.BaseUrl;
            Console.WriteLine($"Sign-in link (works once, for {lifetime.TotalHours:0} h): {new Uri(baseUrl, $"coach/signin?token={token}")}");
            Console.WriteLine($"Invite code for executives: {coach.InviteCode} (they type /coach-link {coach.InviteCode})");
            return 0;
        });
        return new Command("coach", "Coach accounts for the portal.") { invite };
    }
}
