namespace BotCompanion.Core.Guard.Cues;

/// <summary>
/// A command in any verb, with or without a lead-in: "Lead with the decision you need", "For your sleep, keep your
/// phone out of the bedroom", "…, so: brief the chair". The sentence (or the clause after a colon or a "For …,"
/// lead-in) opens with a word that is not a known non-verb and is followed by an object or a preposition.
/// </summary>
internal sealed partial class BareImperative : ICue
{
    public string Name => nameof(BareImperative);

    public double Weight => 0.7;

    public bool Matches(GuardSentence sentence) => !sentence.IsQuestion && Pattern().IsMatch(sentence.Text) && !DirectImperative.Invitation().IsMatch(sentence.Text);

    // Openers that are not imperatives: pronouns, determiners, wh-words, auxiliaries, conjunctions, prepositions,
    // adverbs, interjections and the adjectives of affirmations ("Great to hear…", "Thanks for…").
    private const string NotAVerb = @"(i|you|we|they|he|she|it|this|that|these|those|there|here|what|how|why|when|where|who|which|whether|if|so|and|but|or|then|also|just|only|even|still|maybe|perhaps|often|sometimes|usually|really|now|today|yesterday|tomorrow|together|again|as|at|in|on|by|from|of|about|after|before|during|since|until|with|without|within|through|over|under|like|than|for|to|into|onto|toward|towards|between|among|despite|given|is|are|was|were|be|been|am|do|does|did|have|has|had|can|could|would|should|will|shall|may|might|must|not|no|yes|yeah|oh|ok|okay|well|wow|hmm|thanks|thank|sorry|welcome|congratulations|congrats|glad|happy|great|good|nice|wonderful|lovely|fantastic|amazing|excellent|interesting|fair|sure|right|true|quite|such|all|both|each|every|some|any|many|much|most|more|less|few|one|two|three|four|five|six|ten|twenty|throughout|back|time|none|nothing|everyone|everything|someone|something|anyone|anything|life|first|second|finally|lastly|next|another|other|love|hope|wish|appreciate|imagine|picture|got|hard|easy|tough|difficult|important|worth|ready|able|clear|curious|keen|eager|open|new|big|small|little|long|short|brave|proud|my|your|our|their|his|her|its|the|a|an|let's|that's|it's|you're|i'm|we're|there's|here's|what's|mr|mrs|ms|dr)";

    private const string Lead = @"^\s*((\d+[.)]\s*)|([^.?!:]{1,80}:\s*)|((for|with|on|about|regarding|as\s+for)\s+[^,.?!]{1,60},\s*)|((since\s+you\s+asked|if\s+you\s+ask\s+me|honestly|frankly|in\s+short|first|then|next|finally|also|so),\s*))?";

    [GeneratedRegex(Lead + @"(?!" + NotAVerb + @"\b)(?![a-z]+(ing|ed|ly|s)\b)[a-z]+(\s+(up|out|over|off|back|down|away|through))?\s+(the|a|an|your|yourself|one|each|every|some|two|three|this|that|them|him|her|it|with|to|for|on|about|before|after)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
