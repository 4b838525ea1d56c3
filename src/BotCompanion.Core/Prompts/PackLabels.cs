namespace BotCompanion.Core.Prompts;

/// <summary>labels.json: every fixed sentence the bot says, so a pack can reword or translate them.</summary>
public sealed class PackLabels(IReadOnlyDictionary<string, string> labels)
{
    public static IReadOnlyList<string> Required { get; } =
    [
        "disclosure", "sessionStart", "welcome", "personalOnly", "tooLong", "empty", "adviceRequest", "mentorLabel",
        "mentorEnter", "mentorAlready", "coachEnter", "coachAlready", "askDue", "askDueAgain", "askSpecific", "readBack", "readBackPlan",
        "readBackObstacle", "saved", "changeIt", "askNewDate", "commitmentCancelled", "noCommitments", "commitmentsHeader",
        "commitmentsHelp", "commitmentUpdated", "commitmentMoved", "commitmentNotFound", "commitmentAlreadyClosed",
        "commitmentDateNotUnderstood", "checkInRecorded", "checkInDone", "checkInPartly", "checkInNotYet", "doneEmpty",
        "doneHeader", "doneMentorHeader", "summaryGoal", "summaryInsightsHeader", "summaryCommitmentsHeader", "summaryMentorTopic",
        "summaryCommitment", "summaryCommitmentOutcome", "forgetConfirm", "forgetDone",
        "forgetCancelled", "privacy", "privateSummariesHeader", "privateSummariesNone", "shareWhich", "shareLater",
        "coachShareNotice", "coachPortalLink",
        "outcomeUsefulness", "outcomeGoal", "outcomeSkip", "outcomeSkipped", "outcomeThanks", "outcomeGoalThanks",
        "progressHeader", "progressEmpty", "progressSessions", "progressMonthsHeader", "progressMonthLine",
        "progressGoalHeader", "progressGoalLine", "progressUsefulnessHeader", "progressUsefulnessLine",
        "progressNoRatings", "progressSharingOn", "progressSharingOff", "progressShared", "progressPrivate",
        "progressNeedsCoach", "progressHelp", "portalProgressHeading", "portalProgressNotShared",
        "portalProgressAsOf", "portalProgressChart", "portalProgressTable", "portalProgressMonth",
        "portalProgressMade", "portalProgressKept", "portalProgressPartly", "portalProgressDropped",
        "portalProgressSessions", "portalGoalRatings", "portalUsefulness", "portalRatingDate", "portalRatingScore",
        "portalRatingGoal", "portalNoRatings",
        "help", "unknownCommand", "savedWithNudge", "nudgeCommitment", "nudgeIfThen", "nudgeWeekly", "nudgePreSession",
        "nudgeReview", "nudgeConsentYes", "nudgeConsentNo", "nudgeDone", "nudgePartly", "nudgeNotYet", "nudgeDropped",
        "nudgesStatus", "nudgesUpdated", "nudgesHelp", "sessionNoted", "sessionNotedWithPrompt", "askTimeZone",
        "mentorOfferButton", "reflectIntent", "reflectPlan", "askPlanDue",
        "storeDown", "turnFailed", "backToCoaching", "forgetYes", "forgetNo", "shareAsIs", "shareEdit", "shareKeepPrivate",
        "noGoalStated", "commitmentsLine", "commitmentDoneButton", "commitmentRescheduleButton", "commitmentDropButton",
        "commitmentConfirmButton", "commitmentEditDateButton", "commitmentChangeItButton", "commitmentCancelButton",
        "nudgeConsentYesButton", "nudgeConsentNoButton",
        "commitmentNewDateInput", "interactionUnsupported", "buttonExpired", "buttonNotYours", "formNotYours", "formEmpty",
        "commitmentFormTitle", "commitmentFormQuestion", "answered", "directMessagesOnly",
        "rehearsalSetupLabel", "rehearsalLabel", "rehearsalDebriefLabel", "rehearsalMentorOnly", "rehearsalAskCounterpart",
        "rehearsalAskSituation", "rehearsalAskResistance", "rehearsalAskResistanceAgain", "rehearsalReady", "rehearsalOfferButton",
        "rehearsalStopButton", "rehearsalExhausted", "rehearsalDebriefWorked", "rehearsalDebriefChange", "rehearsalDebriefFirstWords",
        "rehearsalDebriefRecap", "rehearsalCommitYes", "rehearsalCommitNo", "rehearsalHandover", "rehearsalSetupStopped",
        "rehearsalEnded", "rehearsalNotRunning",
        "focusOffer", "focusAccept", "focusDecline", "focusAccepted", "focusDeclined", "focusWithdrawn", "focusCurrent",
        "focusNone", "focusEnded", "focusCheckIn", "nudgePreSessionFocus",
        "languageName", "languageFixed", "languageAuto", "languageCurrent", "languageUnknown",
        "mentorAdviceLead", "mentorAdviceClose", "summaryArcGoal", "summaryArcNoGoal", "summaryArcOneInsight", "summaryArcInsights",
        "summaryArcNoCommitment", "summaryArcOneCommitment", "summaryArcCommitments",
    ];

    public IReadOnlyDictionary<string, string> All { get; } = labels;

    /// <summary>The label with each {name} replaced by its value.</summary>
    public string this[string key, params (string Name, string Value)[] values]
    {
        get
        {
            var text = All[key];
            foreach (var (name, value) in values)
            {
                text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
            }

            return text;
        }
    }
}
