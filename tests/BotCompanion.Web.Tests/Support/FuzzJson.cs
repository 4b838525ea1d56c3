using CsCheck;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// Generators of hostile JSON for the fuzz tests and bench/fuzz.sh: odd text (control characters, lone surrogates,
/// right-to-left overrides, combining marks, emoji sequences, oversized strings), values of the wrong type, fields
/// removed or replaced, huge arrays, deep nesting, and byte-level damage to the serialised document (truncation,
/// invalid UTF-8, a byte order mark, stray bytes, other documents altogether).
/// </summary>
public static class FuzzJson
{
    private static readonly string[] OddStrings =
    [
        "", " ", "\t\r\n", "\u0000", "\u0007\u001b[2J", "\u202Eevil\u202C", "\u200B\u200D\uFEFF", "e\u0301\u0301\u0301",
        "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD800", "\uDFFF", "\uDBFF\uDC00\uD800", "\uFFFE\uFFFF",
        "Z\u0351\u0354\u0300\u0301\u0302\u0303", "\u0645\u0631\u062D\u0628\u0627", "\u65E5\u672C\u8A9E", "null", "true", "0", "-1",
        "1e309", "NaN", "[]", "{}", "\"", "\\", "</script><script>alert(1)</script>", "'; DROP TABLE x;--", "%00%ff", "../../etc/passwd",
        "/forget", "yes", "/share 99999999999999999999", "/commitments", "done 0", "move 1 to 31/02/2026", "/mentor", "/coach-link ZZZZ",
        "by 9999-12-31", "http://127.0.0.1:1/", "ftp://example.test/", "javascript:alert(1)", "msteams", "discord", "personal", "invoke",
    ];

    /// <summary>Text nobody should have to handle: mostly short and strange, sometimes far over every limit.</summary>
    public static readonly Gen<string> OddText = Gen.Frequency(
        (6, Gen.OneOf(OddStrings)),
        (4, Gen.String),
        (3, Gen.Char.Array[0, 40].Select(chars => new string(chars))),
        (2, Gen.Select(Gen.OneOf(OddStrings), Gen.Int[2, 400], (s, n) => string.Concat(Enumerable.Repeat(s, n)))),
        (1, Gen.Int[16_000, 120_000].Select(n => new string('\u00e9', n))));

    /// <summary>A JSON scalar of any type (numbers at the edges of their ranges).</summary>
    public static readonly Gen<JsonNode?> Scalar = Gen.Frequency(
        (2, Gen.Const((JsonNode?)null)),
        (2, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (2, Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l))),
        (1, Gen.OneOf(0.5, -0.0, 1e300, double.Epsilon, 2147483648.0, -2147483649.0).Select(d => (JsonNode?)JsonValue.Create(d))),
        (4, OddText.Select(s => (JsonNode?)JsonValue.Create(s))));

    /// <summary>Any JSON value, nested up to <paramref name="depth"/> levels.</summary>
    public static Gen<JsonNode?> Value(int depth) => depth <= 0
        ? Scalar
        : Gen.Frequency(
            (6, Scalar),
            (1, Value(depth - 1).Array[0, 4].Select(items => (JsonNode?)new JsonArray(items))),
            (1, Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 8].Array[0, 4], Value(depth - 1).Array[4], (names, values) =>
            {
                var obj = new JsonObject();
                for (var i = 0; i < names.Length; i++)
                {
                    obj[names[i]] = values[i];
                }

                return (JsonNode?)obj;
            })));

    /// <summary>A huge array (up to 20,000 items) or nesting far deeper than any parser's default limit.</summary>
    public static readonly Gen<JsonNode?> Monster = Gen.Frequency(
        (2, Gen.Int[1_000, 20_000].Select(n => (JsonNode?)new JsonArray([.. Enumerable.Range(0, n).Select(i => (JsonNode?)JsonValue.Create(i))]))),
        (1, Gen.Int[1_000, 5_000].Select(n => (JsonNode?)new JsonArray([.. Enumerable.Range(0, n).Select(_ => (JsonNode?)new JsonObject { ["id"] = "x" })]))),
        (1, Gen.Int[65, 300].Select(Nest)));

    /// <summary>One change to a document: a field (by dotted path) removed, replaced by another type, or made monstrous.</summary>
    public static Gen<Action<JsonObject>> FieldChange(string[] paths) => Gen.Select(
        Gen.OneOf(paths),
        Gen.Frequency((3, Gen.Const(0)), (6, Gen.Const(1)), (1, Gen.Const(2))),
        Value(2),
        Monster,
        (path, kind, value, monster) => (Action<JsonObject>)(doc => Set(doc, path, kind, kind == 1 ? value : monster)));

    /// <summary>The serialised document, whole most of the time, otherwise damaged at the byte level.</summary>
    public static Gen<byte[]> Damage(byte[] document) => Gen.Frequency(
        (14, Gen.Const(document)),
        (3, Gen.Int[0, Math.Max(0, document.Length - 1)].Select(n => document[..n])),
        (2, Gen.Select(Gen.Int[0, document.Length], Gen.Byte.Array[1, 4], (at, bytes) => (byte[])[.. document[..at], .. bytes, .. document[at..]])),
        (1, Gen.Int[0, document.Length].Select(at => (byte[])[.. document[..at], 0xC3, 0x28, 0xFF, 0xFE, .. document[at..]])),
        (1, Gen.Const((byte[])[0xEF, 0xBB, 0xBF, .. document])),
        (1, Gen.Const(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(document).Replace("\"", "'", StringComparison.Ordinal)))),
        (1, Gen.Const(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(document).TrimEnd('}') + ",\"type\":\"message\",\"type\":7}"))),
        (2, Gen.OneOf("", "null", "[]", "{}", "0", "\"text\"", "[{}]", "1e999999", "123456789012345678901234567890", "{\"a\":", "{{}}", "\u0000").Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Byte.Array[0, 300]));

    /// <summary>A document from a template, 0–3 field changes, then perhaps byte damage.</summary>
    public static Gen<byte[]> Document(Func<JsonObject> template, string[] paths) =>
        FieldChange(paths).Array[0, 3].SelectMany(changes =>
        {
            var doc = template();
            foreach (var change in changes)
            {
                change(doc);
            }

            return Damage(Encoding.UTF8.GetBytes(doc.ToJsonString()));
        });

    private static JsonNode? Nest(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["a"] = node };
        }

        return node;
    }

    private static void Set(JsonObject doc, string path, int kind, JsonNode? value)
    {
        var names = path.Split('.');
        var parent = doc;
        foreach (var name in names[..^1])
        {
            if (parent[name] is not JsonObject child)
            {
                child = new JsonObject();
                parent[name] = child;
            }

            parent = child;
        }

        if (kind == 0)
        {
            parent.Remove(names[^1]);
        }
        else
        {
            parent[names[^1]] = value;
        }
    }
}
