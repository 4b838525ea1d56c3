using BotCompanion.Core.Messages;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;

namespace BotCompanion.Core.Turns;

/// <summary>Everything one turn of the engine works with, and the replies it collects.</summary>
internal sealed class TurnContext
{
    public required IncomingMessage Message { get; init; }

    public required CoachingState State { get; init; }

    /// <summary>The pack in this turn's language; /language changes it for the rest of the turn.</summary>
    public required PromptPack Pack { get; set; }

    /// <summary>The tenant's pack in its first language, with every other language it speaks (<see cref="PromptPack.In"/>).</summary>
    public required PromptPack PackInEveryLanguage { get; init; }

    public required DateTimeOffset Now { get; init; }

    public required TimeZoneInfo Zone { get; init; }

    /// <summary>False when <see cref="Zone"/> is the deployment's default because neither channel nor person gave one.</summary>
    public bool ZoneKnown { get; init; }

    public List<OutgoingReply> Replies { get; } = [];

    public int PromptTokens { get; set; }

    /// <summary>Set by "/nudges tz …": the IANA zone the person chose.</summary>
    public string? TimeZoneChangedTo { get; set; }

    public int ModelCalls { get; set; }

    public string Text => Message.Text;

    public PackLabels Labels => Pack.Labels;

    public CoachingSession Session => State.Session ?? throw new InvalidOperationException("No session is open.");

    public void Say(string text, ReplyMode mode = ReplyMode.Coaching, params string[] actions) =>
        Replies.Add(new OutgoingReply(text, mode) { SuggestedActions = actions });

    /// <summary>Adds a button to the last reply, for channels that render them (the mode switch).</summary>
    public void Offer(string title, string send)
    {
        if (Replies.Count > 0)
        {
            Replies[^1] = Replies[^1] with { Items = [.. Replies[^1].Items, new ReplyItem("", [new ReplyChoice(title, send)])] };
        }
    }

    /// <summary>Whether the message is the title of the button labelled <paramref name="labelKey"/> (a click sends it), in any case.</summary>
    public bool Chose(string labelKey) => string.Equals(Text.Trim(), Labels[labelKey], StringComparison.OrdinalIgnoreCase);

    public TurnResult Result() => new(Replies)
    {
        Metrics = new TurnMetrics(Pack.Reference, State.Mode.ToString().ToLowerInvariant(), State.Session?.Stage.ToString().ToLowerInvariant() ?? "none", ModelCalls, PromptTokens),
    };
}
