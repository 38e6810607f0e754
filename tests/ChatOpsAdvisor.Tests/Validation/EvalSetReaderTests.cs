using ChatOpsAdvisor.Validation;

namespace ChatOpsAdvisor.Tests.Validation;

public sealed class EvalSetReaderTests
{
    [Fact]
    public async Task ReadAsync_BadLines_AreReportedWithLineNumbersAndSkipped()
    {
        const string Jsonl = """
            {"id": "capital", "prompt": "Capital of France?", "expected": "Paris", "scoring": "contains"}

            not json at all
            {"prompt": "2+2?", "expected": 4, "scoring": "exact"}
            {"prompt": "Label?", "expected": "spam", "scoring": "json-field"}
            {"prompt": "Pick", "expected": "A", "scoring": "fuzzy"}
            {"prompt": "", "expected": "A", "scoring": "exact"}
            {"prompt": "Yes?", "expected": "(unclosed", "scoring": "regex"}
            ["an", "array"]
            {"id": "capital", "prompt": "Again", "expected": "x", "scoring": "exact"}
            {"prompt": "Label?", "expected": "spam", "scoring": "json-field", "field": "result.label"}
            """;

        var set = await EvalSetReader.ReadAsync(new StringReader(Jsonl), CancellationToken.None);

        Assert.Equal(["capital", "line 4", "line 11"], set.Items.Select(i => i.Id));
        Assert.Equal("4", set.Items[1].Expected);
        Assert.Equal("result.label", set.Items[2].Field);
        Assert.Equal([3, 5, 6, 7, 8, 9, 10], set.Skipped.Select(s => s.Line));
        Assert.Contains("field", set.Skipped[1].Reason, StringComparison.Ordinal);
        Assert.Contains("fuzzy", set.Skipped[2].Reason, StringComparison.Ordinal);
        Assert.Contains("duplicate", set.Skipped[6].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_EmptyInput_GivesEmptySet()
    {
        var set = await EvalSetReader.ReadAsync(new StringReader(string.Empty), CancellationToken.None);

        Assert.Empty(set.Items);
        Assert.Empty(set.Skipped);
    }
}
