using ChatOpsAdvisor.Validation;

namespace ChatOpsAdvisor.Tests.Validation;

public sealed class AnswerScorerTests
{
    [Theory]
    [InlineData(ScoringKinds.Exact, "Paris", "  Paris \n", true)]
    [InlineData(ScoringKinds.Exact, "Paris", "paris", false)]
    [InlineData(ScoringKinds.Exact, "Paris", "Paris.", false)]
    [InlineData(ScoringKinds.Contains, "Paris", "The capital is Paris.", true)]
    [InlineData(ScoringKinds.Contains, "Paris", "The capital is PARIS.", false)]
    [InlineData(ScoringKinds.Regex, @"^\s*(?i)yes\b", " Yes, it is", true)]
    [InlineData(ScoringKinds.Regex, @"\b42\b", "answer: 420", false)]
    public void IsCorrect_TextScorings_FollowDocumentedRules(string scoring, string expected, string answer, bool correct)
    {
        Assert.Equal(correct, AnswerScorer.IsCorrect(new EvalItem("a", 1, "q", expected, scoring), answer));
    }

    [Theory]
    [InlineData("{\"answer\": \"cat\"}", "answer", "cat", true)]
    [InlineData("Sure!\n```json\n{\"result\": {\"label\": \"spam\"}}\n```\nDone.", "result.label", "spam", true)]
    [InlineData("```\n{\"result\": {\"label\": \"ham\"}}\n```", "result.label", "spam", false)]
    [InlineData("{\"total\": 42.0}", "total", "42", true)]
    [InlineData("{\"ok\": true}", "ok", "true", true)]
    [InlineData("{\"items\": [\"a\", \"b\"]}", "items.1", "b", true)]
    [InlineData("{\"answer\": \"cat\"}", "missing", "cat", false)]
    [InlineData("the answer is cat", "answer", "cat", false)]
    public void IsCorrect_JsonField_ReadsFieldFromJsonOrFencedBlock(string answer, string field, string expected, bool correct)
    {
        Assert.Equal(correct, AnswerScorer.IsCorrect(new EvalItem("a", 1, "q", expected, ScoringKinds.JsonField, field), answer));
    }

    [Fact]
    public void IsCorrect_CatastrophicRegex_TimesOutAsWrongInsteadOfHanging()
    {
        var item = new EvalItem("a", 1, "q", "^(a+)+$", ScoringKinds.Regex);

        Assert.False(AnswerScorer.IsCorrect(item, new string('a', 40) + "!"));
    }
}
