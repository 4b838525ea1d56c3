namespace BotCompanion.Core.Prompts;

/// <summary>The names of the phrase sets in offline/phrases.json, in one place.</summary>
public static class PhraseSets
{
    public const string Reflect = "reflect";
    public const string ReflectFeeling = "reflect-feeling";
    public const string ReflectImpliedFeeling = "reflect-implied-feeling";
    public const string ReflectParts = "reflect-parts";
    public const string ReflectWantButHeld = "reflect-want-but-held";
    public const string ReflectFear = "reflect-fear";
    public const string ReflectValue = "reflect-value";
    public const string ReflectObstacle = "reflect-obstacle";
    public const string ReflectBelief = "reflect-belief";
    public const string ReflectChoice = "reflect-choice";
    public const string ReflectTopic = "reflect-topic";
    public const string ReflectSituation = "reflect-situation";

    /// <summary>Optional: a named feeling and what else they said, in one sentence ({feeling}, {0}).</summary>
    public const string ReflectFeelingWith = "reflect-feeling-with";

    /// <summary>Optional: what they said and the feeling it implies, in one sentence ({0}, {feeling}).</summary>
    public const string ReflectImpliedFeelingWith = "reflect-implied-feeling-with";

    /// <summary>Optional: their takeaway said back as what they have come to see ({0}).</summary>
    public const string ReflectInsight = "reflect-insight";

    /// <summary>Optional: an option named without a verb ("a weekly 15 minutes with Lena"), said back as one ({0}).</summary>
    public const string ReflectOptionNamed = "reflect-option-named";

    /// <summary>Optional: a "maybe I should…" said back as the question they are turning over ({0}: what they might do).</summary>
    public const string ReflectWondering = "reflect-wondering";
    public const string AcknowledgeRequest = "acknowledge-request";
    public const string Boundary = "boundary";
    public const string BoundaryAgain = "boundary-again";
    public const string MentorOffer = "mentor-offer";
    public const string AboutMe = "about-me";
    public const string GreetingBack = "greeting-back";
    public const string Closed = "closed";
    public const string ContingencyAdded = "contingency-added";
}
