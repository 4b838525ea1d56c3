namespace BotCompanion.Core.Conversation.Understanding;

/// <summary>The cue families for the acts that are not feelings or requests: one named pattern per act.</summary>
internal static partial class ActCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^\W*(hi|hello|hey|hiya|howdy|yo|morning|evening|afternoon|good\s+(morning|afternoon|evening|day)|hallo|bonjour|salut|hola|buenos\s+d[ií]as|buenas|ciao|dzie[nń]\s+dobry|namaste|guten\s+(morgen|tag)|ol[aá]|greetings)\b|\b(sorry|excuse|apologi[sz]e)\s+(for\s+)?(my|the)\s+(bad\s+|poor\s+)?english\b|\bmy\s+english\s+is\s+not\s+(perfect|good|great)\b|^\W*(i'?ve|i\s+have)\s+(got\s+)?(only\s+)?\d+\s+min(ute)?s\b", Options)]
    public static partial Regex Greeting();

    [GeneratedRegex(@"\b(thanks|thank\s+you|thx|ty|cheers|much\s+appreciated|appreciate\s+(it|this|that|the)|merci|gracias|danke|obrigad[oa]|dzi[eę]kuj[eę])\b|(👍|🙏)", Options)]
    public static partial Regex Thanks();

    [GeneratedRegex(@"\b(that'?s\s+(it|all|enough)(\s+for\s+(now|today))?(?!\s+(of|the|there|i|we|it|you|my|they|he|she)\b)|i\s+(have|need|got)\s+to\s+(go|run|jump|dash)|gotta\s+(go|run)|(good)?bye|talk\s+(later|soon|tomorrow)|see\s+you|catch\s+you|done\s+for\s+(now|today|the\s+day)|let'?s\s+(stop|wrap|leave\s+it|end)|wrap\s+(it\s+)?up|signing\s+off|have\s+a\s+good\s+(one|day|evening|night|weekend)|good\s*night|i'?m\s+done(\s+for\s+today)?\b|enough\s+for\s+today|until\s+next\s+time|(i'?ll|let'?s|i\s+will)\s+leave\s+it\s+(there|here)|eso\s+es\s+todo(\s+por\s+(hoy|ahora))?|lo\s+dejamos\s+(aqu[íi]|ah[íi])|tengo\s+que\s+irme|hasta\s+(luego|pronto|mañana|la\s+pr[óo]xima)|adi[óo]s|nos\s+vemos|suficiente\s+por\s+hoy)(?!\p{L})", Options)]
    public static partial Regex Closing();

    [GeneratedRegex(@"\b(are|r)\s+(you|u)\s+(an?\s+)?(ai|bot|robot|human|real|person|chatgpt|gpt|machine)\b|\bwho\s+(made|built|created|programmed)\s+you\b|\b(is|are)\s+(this|these|my\s+\w+|our\s+chats?)\s+(stored|saved|private|confidential|recorded|shared|secure)\b|\bwho\s+(can\s+)?(see|read)s?\s+(this|my|these)\b|\b(can|could)\s+you\s+(change|move|switch|set|remind|pause|turn\s+off|stop\s+the|show|delete|remember)\b|\bhow\s+do\s+i\s+(switch|turn|change|use|delete|share|pause|see|stop\s+the|set|get\s+the)\b|\bwhat\s+can\s+you\s+do\b|\bdo\s+you\s+(remember|know|store|keep|learn)\b|\bwhat\s+do\s+you\s+know\s+about\s+me\b|\bhow\s+does\s+(this|it)\s+work\b|\bwhat\s+(are|is)\s+(you|this\s+(bot|thing|app))\b|\bwhere\s+(is|does)\s+(my|this)\s+data\b|\bwill\s+my\s+coach\s+(see|read|know)\b|\bcan\s+my\s+coach\s+(see|read)\b|\bhow\s+are\s+you\b|\bwhat\s+does\s+\S+\s+mean\b|\bare\s+you\s+(there|listening|still\s+there)\b", Options)]
    public static partial Regex QuestionToBot();

    [GeneratedRegex(@"\b(i|we)\s+(really\s+)?(want|would\s+like|'d\s+like|need|hope|wish|'d\s+love|would\s+love|am\s+trying|'m\s+trying|aim|plan)\s+to\s+(\w+)|\bmy\s+(main\s+|real\s+|big\s+)?(goal|aim|objective|intention|priority)\s+(is|for|this)\b|\bwhat\s+i\s*(want|need|'d\s+like|would\s+like)\s+(is|from|to)\b|\b(i'?d|i\s+would)\s+like\s+(to\s+)?(talk|think|work|figure|get|look|focus)\b|\b(want|like)\s+to\s+(talk|think)\s+(about|through)\b|\bi\s+want\s+(a|an|more|less|my|the|one|some|to)\b|\bhelp\s+me\s+(think|figure|work\s+out|get\s+clear|prepare|understand)\b|\b(today|this\s+time)\s+i\s+want\b|\bi\s+(want|need)\s+(clarity|space|time|a\s+plan)\b|\bich\s+(will|m[öo]chte)\b|\bquiero\b|\bje\s+veux\b|\bi\s+would\s+like\s+to\s+be\b|\bi\s+want\s+that\s+(they|he|she|we|my|the|people)\b|^\W*(really\s+)?(need|want|have)\s+to\s+(talk|think|work|figure|decide|sort|prepare)\b", Options)]
    public static partial Regex Goal();

    [GeneratedRegex(@"\b(i'?ll|i\s+will|we'?ll)\s+know\b|\bsuccess\s+(would\s+be|looks\s+like|means|is|for\s+me)\b|\b(a\s+)?good\s+outcome\s+(would\s+be|is)\b|\bgood\s+looks\s+like\b|\bthat\s+would\s+be\s+(a\s+)?(win|success|enough|great|huge)\b|\bby\s+the\s+end\s+of\s+\w+\s*,?\s*(i|we)\s*('?d|would|want)\b|\bif\s+(i|we)\s+(can|could)\s+[^.?]{3,80},?\s+(that'?s|that\s+would\s+be|i'?d\s+be)\b|\b(would|will)\s+(count\s+as|mean\s+it\s+worked)\b|\bi'?d\s+be\s+(happy|satisfied|glad)\s+(if|with)\b|\bthe\s+measure\s+(is|would\s+be)\b", Options)]
    public static partial Regex SuccessCriterion();

    [GeneratedRegex(@"\b(i|we)\s+could\b|\b(one|another|an|the\s+other)\s+option\b|\b(maybe|perhaps)\s+(i|we)\s+(could|should|can|will|'ll|might|just|need|ought)\b|^\W*(and\s+|or\s+|also\s+)?(maybe|perhaps)\s+(a|an|one|two|some|the)\s+\w+|\b(i|we)\s+can\s+(also\s+)?(make|stop|start|ask|set|give|try|put|hold|send|write|call|delegate|move|cut|create|bring|run|let|share|split|offer|agree|book|schedule)\b|\b(i|we)\s+might\b|\b(i|we)\s+(can|could)\s+(either|also)\b|\bor\s+(i|we)\s+(could|just|can)\b|\balternatively\b|\bplan\s+b\b|\bthe\s+options\s+are\b|\beither\s+\w+[^.?]{0,60}\bor\b|\boption\s+(a|b|1|2|one|two)\b|\bi\s+(was\s+)?thinking\s+(of|about)\s+\w+ing\b|\bwhat\s+about\s+(i|we)\b|\bthere'?s\s+(also|always)\s+the\s+option\b", Options)]
    public static partial Regex Option();

    [GeneratedRegex(@"\b(i'?ll|i\s+will|i'?m\s+going\s+to|we'?ll|we\s+will)\s+go\s+with\b|\b(i'?m|we'?re)\s+going\s+with\b|\b(let'?s|we)\s+go\s+with\b|\bgo\s+with\s+(the\s+)?(first|second|third|last|option)\b|\bthe\s+best\s+(option|one|choice)\s+is\b|\bi'?d\s+(pick|choose|go\s+for|go\s+with)\b|\b(i|we)'?ve\s+decided\b|\b(i|we)\s+have\s+decided\b|\b(i|we)\s+(prefer|choose|pick)\b|\bmy\s+(choice|decision|pick)\s+is\b|\b(i|we)\s+(think\s+)?(we\s+)?go\s+with\b|\bdecision\s+(is\s+)?made\b|\bdecided\s+to\b|^\s*(kill|keep|cancel|promote|hire|move|shorten)\s+it\b|\bthat'?s\s+the\s+one\b|^\W*((ha|ok(ay)?|fine|right|so)[.,!]?\s+)*(the\s+)?(first|second|third|fourth|last)\s+(one|option|idea)\b|\bi'?m\s+leaning\s+(towards|toward|to)\b|\bi'?ll\s+take\s+the\b|^\s*(?:i\s+think\s+)?(?![^.]*\b(i|we|should|could|would|need|must|can)\b)(the\s+)?[\w' -]{3,40}\s+first\b|\bpulls\s+at\s+me\s+most\b|\bappeals\s+to\s+me\s+most\b", Options)]
    public static partial Regex Choice();

    [GeneratedRegex(@"\bif\s+(he|she|they|it|that|this|someone|somebody|anyone|nobody|the\s+\w+|my\s+\w+|i\s+get\s+stuck|i\s+can'?t|not)\b[^.?]{0,120}?,?\s*(then\s+)?(i'?ll|i\s+will|we'?ll|i'?d|then)\b|\botherwise\s+(i'?ll|i\s+will)\b|\bif\s+not\s*,?\s*(i'?ll|i\s+will)\b|\bin\s+case\s+\w+[^.?]{0,80}\b(i'?ll|i\s+will)\b|\bas\s+a\s+fallback\b|\bplan\s+b\s+is\b", Options)]
    public static partial Regex Contingency();

    [GeneratedRegex(@"\bthe\s+(problem|issue|obstacle|blocker|hard\s+part|difficulty|catch|challenge|risk)\s+is\b|\bwhat\s+(gets|is\s+getting|stands)\s+in\s+the\s+way\b|\b(gets|get|got|getting)\s+in\s+the\s+way\b|\b(holding|holds|held)\s+(me|us)\s+back\b|\bstop(ping|s)?\s+me\s+from\b|\b(no|not\s+enough|don'?t\s+have\s+(the\s+)?|lack\s+of)\s+(time|budget|buy-in|support|headcount|bandwidth|resources|authority)\b|\b(but|except)\s+(i|we)\s+(can'?t|don'?t\s+have|have\s+no|never)\b|\bkeeps?\s+(blocking|getting\s+derailed|slipping)\b|\b(always|keeps?)\s+(pushes|push)\s+back\b|\bwon'?t\s+let\s+me\b|\bi\s+(always|keep)\s+(get|getting)\s+(pulled|dragged)\b", Options)]
    public static partial Regex Obstacle();

    [GeneratedRegex(@"\bwhat\s+if\b|\bwhat\s+happens\s+(if|when)\b|\bsuppose\s+(he|she|they|it|i|we)\b|\b(and|but)\s+if\b[^.?!]*\?|\bif\s+\w+[^.?!]{0,80}\b(goes\s+wrong|fails|says\s+no|refuses|pushes\s+back|quits|leaves|finds\s+out)\b[^.!]*\?", Options)]
    public static partial Regex WhatIf();

    [GeneratedRegex(@"\b(i'?m|i\s+am|i\s+was|i'?ve\s+been)\s+(really\s+|so\s+|a\s+bit\s+|quite\s+)?(?<!\b(less|no\s+longer)\s+)(scared|afraid|worried|terrified|frightened|nervous|anxious)\s+(that|of|about|they|he|she|it|i|we|my|the)\b|\bmy\s+(biggest\s+|real\s+|main\s+)?(fear|worry|concern|dread|nightmare)\s+(is|was)\b|\bi\s+(fear|dread|worry)\b|\bwhat\s+(scares|worries|frightens)\s+me\b|\b(lands|land|falls|fall)\s+on\s+me\b|\bif\s+(it|this|that|things|something)\s+(goes|went)\s+wrong\b|\b(i'?ll|i\s+will|i'?d)\s+(look\s+(like\s+)?(weak|stupid|a\s+fool|incompetent)|lose\s+(my\s+job|face|credibility|their\s+respect|the\s+team))\b|\bthey'?ll\s+(think|see)\s+(i'?m|me\s+as)\b|(?<!\b(less|not|no\s+longer|more)\s+)\bafraid\s+(that|of)\b|(?<!\b(less|not|no\s+longer|more)\s+)\bscared\s+(that|of)\b", Options)]
    public static partial Regex Fear();

    [GeneratedRegex(@"\bmatters?\s+(more\s+|most\s+|a\s+lot\s+|so\s+much\s+)?to\s+me\b|\b(important|non-negotiable|sacred)\s+to\s+me\b|\b(i|we)\s+(really\s+)?(care|believe)\s+(about|in|deeply)\b|\bi\s+value\b|\bfor\s+me\s+(it'?s|it\s+is)\s+(about|all\s+about)\b|\bi\s+(don'?t|do\s+not)\s+want\s+to\s+(lose|become|be\s+the\s+kind|compromise|sacrifice|betray)\b|\bwhat\s+i\s+stand\s+for\b|\bmy\s+(values?|principles?|integrity|family)\b|\bi\s+(want|need)\s+to\s+be\s+(fair|honest|someone|the\s+kind)\b|\bi\s+refuse\s+to\b|\bthat'?s\s+who\s+i\s+am\b|\bfor\s+me\s+(it\s+)?is\s+(very\s+|so\s+)?important\b|\bis\s+(very\s+|really\s+)?important\s+for\s+me\b|\b(i'?ve|i\s+have)\s+always\s+wanted\b", Options)]
    public static partial Regex Value();

    [GeneratedRegex(@"\b(i|we)\s+(think|believe|guess|suppose|suspect|assume|reckon|realise|realize|realised|realized|know|knew|figure|feel\s+like|feel\s+that)\b|\bi'?m\s+(not\s+)?(the\s+kind|the\s+type|a\s+\w+\s+person|good\s+at|bad\s+at|terrible\s+at|no\s+good\s+at|just\s+not)\b|\b(part\s+of\s+it|the\s+problem)\s+is\s+me\b|\bit'?s\s+(all\s+)?my\s+fault\b|\bi'?m\s+the\s+(problem|bottleneck|reason)\b|\b(they|people|everyone|the\s+board|the\s+team)\s+(think|thinks|see|sees|expect|expects)\b|\bmaybe\s+the\s+(real\s+)?(problem|issue)\b|\b(they|he|she|people|everyone|nobody|it)\s+(always|never)\b|\b(always|never)\s+(they|he|she)\b|\bi\s+(always|never)\s+(get|end\s+up|have\s+to|say|do|make|let|take|check)\b|\bthat'?s\s+just\s+how\b|\bit'?s\s+(clear|obvious)\s+(to\s+me\s+)?that\b|\bi\s+can'?t\s+(delegate|trust|let\s+go)\b|\bprobably\b", Options)]
    public static partial Regex Belief();

    [GeneratedRegex(@"\b(weather|football|soccer|match\s+last\s+night|recipe|joke|poem|song|movie|film|netflix|holiday\s+plans|bitcoin|stock\s+tips?|capital\s+of|lottery)\b|^\s*(test(ing)?(\s+test(ing)?)*|asdf\w*|lol|lmao|haha+|\?+|\.+|ok|k)\s*[.!]*\s*$", Options)]
    public static partial Regex OffTopic();
}
