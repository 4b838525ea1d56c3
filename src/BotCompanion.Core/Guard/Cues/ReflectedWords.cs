namespace BotCompanion.Core.Guard.Cues;

/// <summary>Their own words reflected back: "You said you should delegate more", "It sounds like you need…", or what others told them ("Your friend told you to just quit…", "You've read that…"); not the permission they gave ("You said I could share a thought, so: …").</summary>
internal sealed partial class ReflectedWords : ISoftener
{
    public string Name => nameof(ReflectedWords);

    public bool Applies(GuardSentence sentence, ICue cue) => Pattern().IsMatch(sentence.Text);

    [GeneratedRegex(@"^\s*((so|finally|also|and|earlier|on\s+one\s+hand|on\s+the\s+other\s+hand|i\s+see|i\s+understand|right|okay|ok|yes),?\s+)?(?!you\s+(said|told\s+me)\s+i\s+(could|can|may|might)\b|you\s+(wanted|asked\s+for|asked\s+me\s+for)\s+(a|my|some)\s+(suggestion|view|idea|thought|opinion|advice|tip|recommendation))(you\s+said|you\s+mentioned|you\s+expressed|you've\s+shared|you\s+shared|we\s+(explored|talked\s+about|discussed)|you've\s+said|you're\s+saying|you\s+told\s+me|it\s+sounds\s+like|it\s+seems\s+like|what\s+i\s+hear|i\s+hear\s+(that|you)|you\s+feel|you're\s+feeling|you\s+believe|you\s+think|you\s+wonder|you're\s+(wondering|worried|concerned|afraid|unsure|torn|hoping)|in\s+your\s+words|you\s+described|you've\s+noticed|you\s+noticed|part\s+of\s+you|you're\s+(recognizing|recognising|realizing|realising|finding|exploring|aiming|thinking|saying|considering|noticing)|you've\s+(given|been|come|made|noticed|found|recognized|thought)|you\s+(recognize|recognise|value|want|wanted|care|hope|considered)|you'd\s+like|you\s+(worry|fear|wonder|expect|suspect|sense)|you're\s+tempted|the\s+(article|book|post|podcast|talk)\s+you\s+(read|heard)|you('ve)?\s+(heard|read)|you('ve)?\s+been\s+told|you\s+were\s+told|you\s+tried|someone\s+(said|told\s+you|suggested)|(your|a|one|his|her)\s+(\w+\s+)?(friend|partner|boss|manager|mentor|coach|doctor|colleague|wife|husband|chair|ceo|cfo|mother|father|brother|sister)\b[^,.?!]{0,20}\b(told\s+you|said|says|keeps?\s+saying|suggested|suggests|advised))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
