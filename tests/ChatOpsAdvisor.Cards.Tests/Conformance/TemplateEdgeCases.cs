namespace ChatOpsAdvisor.Cards.Tests.Conformance;

/// <summary>
/// Templates and data beyond what today's card templates use, each run through the official templating engine
/// and our binder: the rules a template author could trip over (truthiness, missing and null values, numbers
/// in text, $index, $data forms, dropped objects). Each must come out the same from both.
/// </summary>
public static class TemplateEdgeCases
{
    private const string Data = """
        {
          "s": "x", "e": "", "n": 1, "z": 0, "b": true, "f": false, "nul": null,
          "title": "lower", "arr": [1, "two", null, [3, 4]], "obj": {"k": "v"}, "empty": [],
          "nums": {"int": 5, "dec": 7.6, "sum": 0.30000000000000004, "big": 1e21, "bigInt": 123456789012345680000, "tiny": 1e-7, "small": 0.000001, "neg": -0.5, "negZero": -0, "round": 100, "e20": 1e20},
          "items": [{"name": "a", "keep": true, "tags": ["t1", "t2"]}, {"name": "b", "keep": false, "tags": []}, {"name": "c", "keep": true, "tags": ["t3"]}],
          "one": [{"name": "only"}],
          "user": "\"},{\"type\":\"Action.OpenUrl\"} ${labels.start} <at>x</at> 🤖 日本語",
          "labels": {"start": "Start"}
        }
        """;

    public static IReadOnlyList<(string Name, string Template, string Data)> All { get; } =
    [
        ("when-only-boolean-true-keeps", """
            {"body": [
              {"$when": "${b}", "id": "true"}, {"$when": "${f}", "id": "false"}, {"$when": "${n}", "id": "one"},
              {"$when": "${z}", "id": "zero"}, {"$when": "${s}", "id": "string"}, {"$when": "${e}", "id": "empty-string"},
              {"$when": "${arr}", "id": "array"}, {"$when": "${obj}", "id": "object"}, {"$when": "${nul}", "id": "null"},
              {"$when": "${missing}", "id": "missing"}, {"$when": "${ b }", "id": "spaces"}, {"$when": "${b} ", "id": "mixed-string"}
            ]}
            """, Data),
        ("not-is-false-only-for-false-null-missing", """
            {"body": [
              {"$when": "${!b}", "id": "!true"}, {"$when": "${!f}", "id": "!false"}, {"$when": "${!z}", "id": "!zero"},
              {"$when": "${!e}", "id": "!empty-string"}, {"$when": "${!empty}", "id": "!empty-array"}, {"$when": "${!nul}", "id": "!null"},
              {"$when": "${!missing}", "id": "!missing"}, {"$when": "${!!s}", "id": "!!string"}, {"$when": "${! f}", "id": "! f"}
            ],
            "values": {"notS": "${!s}", "notNull": "${!nul}", "notMissing": "${!missing}", "text": "s is ${!s}, missing is ${!missing}"}}
            """, Data),
        ("missing-values-stay-as-expressions", """
            {"whole": "${missing}", "mixed": "a ${missing} b", "path": "${obj.missing.deeper}", "throughNull": "${nul.x}",
             "throughString": "${s.length}", "spaces": "${ missing }", "host": "${$host}", "unknownDollar": "${$foo}", "rootIndex": "${$index}",
             "inArray": ["${missing}", "kept"]}
            """, Data),
        ("null-whole-string-is-null-and-leaves-arrays", """
            {"whole": "${nul}", "inArray": ["${nul}", "x", null, "${s}"]}
            """, Data),
        ("values-in-text-print-as-javascript", """
            {"ints": "${nums.int} ${nums.round} ${n} ${z}", "decimals": "${nums.dec} ${nums.sum} ${nums.neg}",
             "large": "${nums.big} ${nums.bigInt} ${nums.e20}", "smallNumbers": "${nums.tiny} ${nums.small}", "negZero": "${nums.negZero}",
             "booleans": "${b}/${f}", "array": "[${arr}]", "object": "${obj}!", "emptyString": "<${e}>"}
            """, Data),
        ("whole-string-keeps-type", """
            {"int": "${nums.int}", "dec": "${nums.dec}", "big": "${nums.big}", "bool": "${f}", "obj": "${obj}", "arr": "${arr}", "empty": "${empty}", "str": "${s}"}
            """, Data),
        ("names-match-ignoring-case", """
            {"a": "${Title}", "b": "${TITLE}", "c": "${$ROOT.title}", "d": "${OBJ.K}", "e": "${$Data.s}"}
            """, Data),
        ("index-belongs-to-nearest-repeat", """
            {"body": [
              {"$data": "${items}", "i": "${$index}", "text": "${$index}: ${name}",
               "sub": {"$data": "${$root.obj}", "inherited": "${$index}", "k": "${k}"},
               "tags": [{"$data": "${tags}", "tag": "${$data}", "inner": "${$index}"}]}
            ]}
            """, Data),
        ("data-forms", """
            {"body": [
              {"$data": "literal", "v": "${$data}"},
              {"$data": "${s} and ${n}", "v": "${$data}"},
              {"$data": [{"a": 1}, {"a": 2}], "v": "${a}"},
              {"$data": {"a": 3}, "v": "${a}"},
              {"$data": "${missing}", "v": "${$data}", "w": "${name}"},
              {"$data": "${nul}", "v": "${$data}", "w": "${name}"},
              {"$data": "${empty}", "v": "dropped"},
              {"$data": "${obj}", "v": "${k}", "root": "${$root.s}"}
            ]}
            """, Data),
        ("data-and-when-per-item", """
            {"body": [{"$data": "${items}", "$when": "${keep}", "text": "${name}"}],
             "choices": [{"$data": "${items}", "title": "${name}", "value": "${$index}"}]}
            """, Data),
        ("object-properties-with-data-or-when", """
            {"dropped": {"$when": "${f}", "x": 1}, "kept": {"$when": "${b}", "x": 2}, "emptyData": {"$data": "${empty}", "x": 3},
             "many": {"$data": "${items}", "x": "${name}"}, "single": {"$data": "${one}", "x": "${name}"}}
            """, Data),
        ("arrays-flatten-and-drop-nulls", """
            {"nested": [["${s}", null], 3, "${arr}", "${empty}", [], "${nul}", {"$when": "${f}"}, [[true]]]}
            """, Data),
        ("reserved-properties-are-removed", """
            {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "$root": 1, "$index": 2, "$host": 3, "$_acTemplateVersion": 4, "keep": "${s}"}
            """, Data),
        ("root-data-repeats-the-card", """
            {"$data": "${items}", "type": "AdaptiveCard", "name": "${name}"}
            """, Data),
        ("root-when-false-gives-null", """
            {"$when": "${f}", "type": "AdaptiveCard"}
            """, Data),
        ("user-text-stays-text", """
            {"body": [{"type": "TextBlock", "text": "${user}"}, {"type": "TextBlock", "text": "Said: ${user}"}]}
            """, Data),
        ("string-shapes", """
            {"adjacent": "${s}${n}", "dollar": "$${s}", "braces": "{${s}}}", "unclosed": "a ${s} ${s", "noExpression": "plain {text} $ {s}",
             "unicode": "日本語 ${s} ✓", "newline": "line 1\n${s}", "percent": "100% ${s} 'q' \"dq\""}
            """, Data),
        ("numbers-and-booleans-untouched", """
            {"n": 1.50, "b": false, "nul": null, "list": [1, false, "x"]}
            """, Data),
    ];

    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });
}
