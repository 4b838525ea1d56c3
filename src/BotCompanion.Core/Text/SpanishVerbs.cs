namespace BotCompanion.Core.Text;

/// <summary>
/// The verbs executives use when they talk about their work, with their first-person forms and the second-person
/// forms that say them back: present, preterite, imperfect, future and conditional. Regular verbs are conjugated by
/// class; stem changes and irregular forms are listed.
/// </summary>
internal static class SpanishVerbs
{
    // Regular verbs (spelling changes such as busqué, dirijo or conozco are derived).
    private static readonly string[] Regular =
    [
        "acabar", "aceptar", "acompañar", "agradecer", "aguantar", "anticipar", "aplazar", "apoyar", "aprender", "arreglar",
        "asignar", "asumir", "ayudar", "bloquear", "buscar", "callar", "cancelar", "cargar", "cambiar", "comer", "compartir",
        "comprar", "comprender", "comprometer", "comunicar", "conocer", "contestar", "contratar", "controlar", "corregir",
        "creer", "cuidar", "cumplir", "deber", "decidir", "dedicar", "delegar", "dejar", "dirigir", "discutir", "dudar",
        "echar", "elegir", "encargar", "enseñar", "entrar", "enviar", "escribir", "escuchar", "esperar", "evitar", "exigir",
        "explicar", "fiar", "firmar", "fijar", "gastar", "gestionar", "hablar", "implicar", "insistir", "intentar", "invertir",
        "leer", "liderar", "llamar", "llegar", "llevar", "mandar", "marcar", "merecer", "meter", "mirar", "motivar",
        "necesitar", "negociar", "notar", "ocupar", "odiar", "ofrecer", "olvidar", "organizar", "parecer", "pasar",
        "permitir", "planificar", "preguntar", "preocupar", "preparar", "presentar", "priorizar", "proteger", "prometer",
        "quedar", "rechazar", "recibir", "reconocer", "reducir", "reescribir", "repasar", "reservar", "responder", "retrasar",
        "revisar", "solucionar", "subir", "sufrir", "temer", "terminar", "tomar", "trabajar", "tratar", "usar", "valorar",
        "vender", "vivir", "acordar", "animar", "avisar", "confiar", "confirmar", "consultar", "cubrir", "abrir", "añadir",
        "escalar", "frenar", "guardar", "apuntar", "calcular", "aprobar", "ganar", "perdonar", "respetar", "formar",
    ];

    // Present stem changes (the changed stem serves both persons): pienso / piensas.
    private static readonly Dictionary<string, string> StemChange = new(StringComparer.Ordinal)
    {
        ["pensar"] = "piens",
        ["empezar"] = "empiez",
        ["comenzar"] = "comienz",
        ["cerrar"] = "cierr",
        ["entender"] = "entiend",
        ["perder"] = "pierd",
        ["defender"] = "defiend",
        ["ascender"] = "asciend",
        ["atender"] = "atiend",
        ["sentir"] = "sient",
        ["preferir"] = "prefier",
        ["mentir"] = "mient",
        ["invertir"] = "inviert",
        ["querer"] = "quier",
        ["poder"] = "pued",
        ["volver"] = "vuelv",
        ["resolver"] = "resuelv",
        ["mover"] = "muev",
        ["contar"] = "cuent",
        ["encontrar"] = "encuentr",
        ["recordar"] = "recuerd",
        ["probar"] = "prueb",
        ["mostrar"] = "muestr",
        ["dormir"] = "duerm",
        ["jugar"] = "jueg",
        ["acordar"] = "acuerd",
        ["aprobar"] = "aprueb",
        ["pedir"] = "pid",
        ["repetir"] = "repit",
        ["servir"] = "sirv",
        ["medir"] = "mid",
        ["despedir"] = "despid",
        ["seguir"] = "sig",
        ["conseguir"] = "consig",
        ["elegir"] = "elig",
        ["corregir"] = "corrig",
        ["sentar"] = "sient",
        ["negar"] = "nieg",
        ["costar"] = "cuest",
        ["soñar"] = "sueñ",
        ["fiar"] = "fí",
        ["confiar"] = "confí",
        ["enviar"] = "enví",
        ["reunir"] = "reún",
    };

    // Irregular forms: first person → second person.
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["soy"] = "eres",
        ["estoy"] = "estás",
        ["voy"] = "vas",
        ["doy"] = "das",
        ["he"] = "has",
        ["sé"] = "sabes",
        ["tengo"] = "tienes",
        ["hago"] = "haces",
        ["digo"] = "dices",
        ["pongo"] = "pones",
        ["salgo"] = "sales",
        ["vengo"] = "vienes",
        ["traigo"] = "traes",
        ["oigo"] = "oyes",
        ["veo"] = "ves",
        ["caigo"] = "caes",
        ["sigo"] = "sigues",
        ["consigo"] = "consigues",
        ["construyo"] = "construyes",
        ["incluyo"] = "incluyes",
        ["fui"] = "fuiste",
        ["estuve"] = "estuviste",
        ["tuve"] = "tuviste",
        ["hice"] = "hiciste",
        ["dije"] = "dijiste",
        ["pude"] = "pudiste",
        ["quise"] = "quisiste",
        ["supe"] = "supiste",
        ["puse"] = "pusiste",
        ["vine"] = "viniste",
        ["di"] = "diste",
        ["vi"] = "viste",
        ["traje"] = "trajiste",
        ["sentí"] = "sentiste",
        ["pedí"] = "pediste",
        ["era"] = "eras",
        ["iba"] = "ibas",
        ["veía"] = "veías",
        ["había"] = "habías",
        ["tenía"] = "tenías",
        ["hacía"] = "hacías",
        ["decía"] = "decías",
        ["podía"] = "podías",
        ["quería"] = "querías",
        ["sabía"] = "sabías",
        ["estaba"] = "estabas",
        ["haría"] = "harías",
        ["diría"] = "dirías",
        ["tendría"] = "tendrías",
        ["podría"] = "podrías",
        ["querría"] = "querrías",
        ["sabría"] = "sabrías",
        ["debería"] = "deberías",
        ["pondría"] = "pondrías",
        ["saldría"] = "saldrías",
        ["vendría"] = "vendrías",
        ["haré"] = "harás",
        ["diré"] = "dirás",
        ["tendré"] = "tendrás",
        ["podré"] = "podrás",
        ["querré"] = "querrás",
        ["sabré"] = "sabrás",
        ["pondré"] = "pondrás",
        ["saldré"] = "saldrás",
        ["vendré"] = "vendrás",
    };

    private static readonly HashSet<string> AmbiguousForms = new(StringComparer.Ordinal) { "era", "iba", "veía" };

    /// <summary>The imperfect and the conditional are the same for "I" and "he/she": which one is meant needs context.</summary>
    public static bool IsAmbiguous(string firstPerson) =>
        AmbiguousForms.Contains(firstPerson) || firstPerson.EndsWith("aba", StringComparison.Ordinal) || firstPerson.EndsWith("ía", StringComparison.Ordinal);

    public static IReadOnlyDictionary<string, string> FirstToSecond()
    {
        var forms = new Dictionary<string, string>(Irregular, StringComparer.Ordinal);
        foreach (var verb in Regular.Concat(StemChange.Keys).Distinct(StringComparer.Ordinal))
        {
            var stem = verb[..^2];
            var ar = verb.EndsWith("ar", StringComparison.Ordinal);
            var present = StemChange.TryGetValue(verb, out var changed) ? changed : stem;
            var yo = present + "o";
            if (!StemChange.ContainsKey(verb) || verb.EndsWith("gir", StringComparison.Ordinal) || verb.EndsWith("ger", StringComparison.Ordinal))
            {
                yo = PresentSpelling(present, verb);
            }

            forms.TryAdd(yo, present + (ar ? "as" : "es"));
            forms.TryAdd(ar ? PreteriteSpelling(stem) : stem + "í", stem + (ar ? "aste" : "aeiou".Contains(stem[^1], StringComparison.Ordinal) ? "íste" : "iste"));
            forms.TryAdd(stem + (ar ? "aba" : "ía"), stem + (ar ? "abas" : "ías"));
            forms.TryAdd(verb + "é", verb + "ás");
            forms.TryAdd(verb + "ía", verb + "ías");
        }

        return forms;
    }

    // dirijo, protejo, elijo; conozco, ofrezco, reduzco.
    private static string PresentSpelling(string stem, string verb) =>
        verb.EndsWith("gir", StringComparison.Ordinal) || verb.EndsWith("ger", StringComparison.Ordinal) ? stem[..^1] + "jo"
        : verb.EndsWith("cer", StringComparison.Ordinal) || verb.EndsWith("cir", StringComparison.Ordinal) ? stem[..^1] + "zco"
        : stem + "o";

    // busqué, llegué, organicé.
    private static string PreteriteSpelling(string stem) =>
        stem.EndsWith('c') ? stem[..^1] + "qué"
        : stem.EndsWith('g') ? stem + "ué"
        : stem.EndsWith('z') ? stem[..^1] + "cé"
        : stem + "é";
}
