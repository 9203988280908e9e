using Ippon.Files.Plans;
using Ippon.Numbers;

namespace Ippon.Files.Tests.Plans;

/// <summary>Every kind of bad plan file: one error per problem, with the file, line, column and what was expected.</summary>
public partial class PlanReaderTests
{
    [Fact]
    public void Parse_MalformedYaml_ReportsTheLineAndColumn()
    {
        var e = OneError("plan: x\nmetrics:\n  revenue: { name: 売上, role: kgi\n");

        Assert.Equal("p.yaml", e.File);
        Assert.True(e.Line >= 3);
        Assert.StartsWith("p.yaml:", e.Format(Language.En));
        Assert.Contains("YAML syntax error", e.Message.In(Language.En));
        Assert.Contains("YAML の書式エラー", e.Message.In(Language.Ja));
    }

    [Fact]
    public void Parse_TabIndentation_PointsAtTheTab()
    {
        var e = OneError("plan: x\nmetrics:\n\trevenue: { role: kgi }\n");

        Assert.Equal((3, 1), (e.Line, e.Column));
        Assert.Contains("indent with spaces", e.Message.In(Language.En));
    }

    [Fact]
    public void Parse_TabBeforeAnEmptyKey_PointsAtTheTabInsteadOfFailingInside()
    {
        // Found by the fuzzing suite (seed 20261206): YamlDotNet's node builder threw ArgumentException, an exit 3.
        var e = OneError("\t: 経営企画, deadline: 2027-03-31 }\n  a: { role: kpi, owner: 営業部 }\n");

        Assert.Equal((1, 1), (e.Line, e.Column));
        Assert.Contains("indent with spaces", e.Message.In(Language.En));
        Assert.Contains("タブで字下げ", e.Message.In(Language.Ja));
    }

    [Fact]
    public void Parse_DuplicateMetricId_IsASyntaxErrorAtTheSecondOne()
    {
        var e = OneError("plan: x\nmetrics:\n  a: { role: kgi, target: 1 }\n  a: { name: B }\n");

        Assert.Equal(4, e.Line);
        Assert.Contains("Duplicate key a", e.Message.In(Language.En));
    }

    [Theory]
    [InlineData("  revenue: { name: 売上, role: kgi, formla: a }", 3, 35, "unknown key 'formla' in metric revenue; did you mean 'formula'?")]
    [InlineData("  revenue: { name: 売上, role: kgi, traget: 1 }", 3, 35, "did you mean 'target'?")]
    [InlineData("  revenue: { name: 売上, rol: kgi }", 3, 24, "did you mean 'role'?")]
    public void Parse_UnknownMetricKey_SuggestsTheNearestValidOne(string line, int lineNo, int column, string message)
    {
        var e = OneError($"plan: x\nmetrics:\n{line}\n");

        Assert.Equal((lineNo, column), (e.Line, e.Column));
        Assert.Contains(message, e.Message.In(Language.En));
        Assert.Contains("のことですか?", e.Message.In(Language.Ja));
    }

    [Fact]
    public void Parse_UnknownTopLevelKey_SuggestsTheNearestValidOne()
    {
        var r = PlanReader.Parse("plan: x\nmetrics:\n  a: { role: kgi }\nscenario:\n  s: { a: 1 }\n", "p.yaml");

        var e = Assert.Single(r.Errors);
        Assert.Equal((4, 1), (e.Line, e.Column));
        Assert.Contains("did you mean 'scenarios'?", e.Message.In(Language.En));
    }

    [Fact]
    public void Parse_UnknownActionAndCapacityKeys_SuggestTheNearestValidOnes()
    {
        var r = PlanReader.Parse("""
            plan: x
            metrics:
              a: { role: kgi, target: 1 }
            actions:
              c: { drives: a, per_units: 1, capacity: { people: 2, per_person_per_days: 3, working_days: 10 } }
            """, "p.yaml");

        Assert.Contains(r.Errors, e => e.Message.In(Language.En).Contains("did you mean 'per_unit'?", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.Message.In(Language.En).Contains("did you mean 'per_person_per_day'?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("role: kpl", "expected role: to be one of kgi, ksf, kpi, found 'kpl'; did you mean 'kpi'?")]
    [InlineData("direction: dwn", "did you mean 'down'?")]
    [InlineData("kind: qualty", "did you mean 'quality'?")]
    public void Parse_UnknownEnumValue_NamesTheChoicesAndSuggestsOne(string pair, string message)
    {
        var e = OneError($"plan: x\nmetrics:\n  a: {{ {pair} }}\n");

        Assert.Equal(3, e.Line);
        Assert.Contains(message, e.Message.In(Language.En));
    }

    [Theory]
    [InlineData("    formula: orders * * price", 5, 23)]
    [InlineData("    formula: \"orders * * price\"", 5, 24)]
    [InlineData("    formula: 'orders * * price'", 5, 24)]
    [InlineData("    formula: |\n      orders * * price", 6, 16)]
    [InlineData("    formula: >-\n      orders *\n      * price", 7, 7)]
    [InlineData("    formula: orders *\n      * price", 6, 7)]
    public void Parse_FormulaSyntaxError_PointsInsideTheFormula(string formula, int line, int column)
    {
        var e = OneError($"plan: x\nmetrics:\n  revenue:\n    role: kgi\n{formula}\n");

        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains("formula of revenue: expected a number, a metric id, a function or (, found '*'", e.Message.In(Language.En));
        Assert.Equal($"p.yaml:{line}:{column}: ", e.Format(Language.En)[..$"p.yaml:{line}:{column}: ".Length]);
    }

    [Fact]
    public void Parse_FormulaInFlowMapping_PointsInsideTheFormula()
    {
        var e = OneError("plan: x\nmetrics:\n  revenue: { name: 売上, role: kgi, formula: \"a +* b\", target: 100 }\n");

        Assert.Equal((3, 48), (e.Line, e.Column));
    }

    [Theory]
    [InlineData("target: たくさん", "expected a number such as 120, 4,000万円, 1億2000万 or 20%, found 'たくさん'")]
    [InlineData("target: 1万2億", "found '1万2億'")]
    [InlineData("deadline: 2027-02-30", "expected a date as YYYY-MM-DD (e.g. 2027-03-31), found '2027-02-30'")]
    [InlineData("target: [1, 2]", "found a list or mapping")]
    public void Parse_BadValue_SaysWhatWasExpectedAndWhatWasFound(string pair, string message)
    {
        var e = OneError($"plan: x\nmetrics:\n  a: {{ role: kgi, {pair} }}\n");

        Assert.Equal(3, e.Line);
        Assert.Contains(message, e.Message.In(Language.En));
    }

    [Theory]
    [InlineData("new-revenue")]
    [InlineData("売上 計画")]
    [InlineData("1st")]
    [InlineData("ｒｅｖｅｎｕｅ")]
    public void Parse_InvalidMetricId_SaysTheRule(string id)
    {
        var e = OneError($"plan: x\nmetrics:\n  {id}: {{ role: kgi }}\n");

        Assert.Equal((3, 3), (e.Line, e.Column));
        Assert.Contains("must start with a letter (any script) or _ and use only letters, digits and _", e.Message.In(Language.En));
    }

    [Theory]
    [InlineData("Revenue")]
    [InlineData("売上")]
    [InlineData("定期売上_2027")]
    public void Parse_IdOfAnyScript_IsAnId(string id)
    {
        var read = PlanReader.Parse($"plan: x\nmetrics:\n  {id}: {{ role: kgi, target: 100 }}\n", "plan.yaml");

        Assert.True(read.Success);
        Assert.Equal(id, read.Plan.Metrics.Single().Id);
    }

    [Fact]
    public void Parse_IdAboveTheLengthLimit_IsRefusedWithItsLength()
    {
        var e = OneError($"plan: x\nmetrics:\n  {new string('a', 200)}: {{ role: kgi }}\n");

        Assert.Contains("too long (200 characters", e.Message.In(Language.En));
    }

    [Fact]
    public void Parse_ScenarioNamingAnUnknownMetric_SuggestsTheNearestId()
    {
        var e = OneError("plan: x\nmetrics:\n  leads: { role: kgi }\nscenarios:\n  stretch: { lead: 2000 }\n");

        Assert.Equal((5, 14), (e.Line, e.Column));
        Assert.Contains("no metric 'lead'; did you mean 'leads'?", e.Message.In(Language.En));
    }

    [Fact]
    public void Parse_FormulaAndValueTogether_IsAnError()
    {
        var e = OneError("plan: x\nmetrics:\n  a: { role: kgi, formula: b * 2, value: 3 }\n  b: { value: 1 }\n");

        Assert.Contains("both a formula and a value", e.Message.In(Language.En));
    }

    [Fact]
    public void Parse_ActionWithoutDrivesOrAmount_ReportsBoth()
    {
        var r = PlanReader.Parse("plan: x\nmetrics:\n  a: { role: kgi }\nactions:\n  c: { name: C }\n", "p.yaml");

        Assert.Equal(2, r.Errors.Length);
        Assert.Contains(r.Errors, e => e.Message.In(Language.En).Contains("no drives:", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.Message.In(Language.En).Contains("needs per_unit:", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsEveryOneNotJustTheFirst()
    {
        var r = PlanReader.Parse("plan: x\nmetrics:\n  a: { role: kgl, taget: 1 }\n  b: { value: abc }\n", "p.yaml");

        Assert.Equal([3, 3, 4], r.Errors.Select(e => e.Line).Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    public void Parse_EmptyFile_SaysSoAndSuggestsInit(string yaml)
    {
        var e = OneError(yaml);

        Assert.Contains("ippon init", e.Message.In(Language.En));
        Assert.Contains("p.yaml: ", e.Format(Language.En));
    }

    [Theory]
    [InlineData("hello\n", "expected a mapping with keys such as plan: and metrics:")]
    [InlineData("- a\n- b\n", "expected a mapping with keys such as plan: and metrics:")]
    [InlineData("plan: x\n", "missing metrics:")]
    [InlineData("metrics:\n  a: { role: kgi }\n", "missing plan:")]
    [InlineData("plan: x\nmetrics:\n  a: { role: kgi }\n---\nplan: y\n", "expected one plan per file")]
    public void Parse_WrongShape_SaysWhatAPlanLooksLike(string yaml, string message)
    {
        var e = OneError(yaml);

        Assert.Contains(message, e.Message.In(Language.En));
    }

    [Fact]
    public void Parse_DeeplyNestedBrackets_IsRefusedBeforeTheYamlParser()
    {
        var yaml = "plan: x\nnote: " + new string('[', 100_000) + new string(']', 100_000) + "\nmetrics:\n  a: { role: kgi }\n";

        var e = OneError(yaml);

        // The plan's own mapping is the first level: the 64th bracket opens the 65th.
        Assert.Equal((2, 7 + PlanReader.MaxDepth - 1), (e.Line, e.Column));
        Assert.Contains("nested too deeply", e.Message.In(Language.En));
    }

    [Fact]
    public void Parse_FormulaWith20000NestedParentheses_IsASyntaxErrorNotACrash()
    {
        var formula = new string('(', 20_000) + "b" + new string(')', 20_000);

        var e = OneError($"plan: x\nmetrics:\n  a: {{ role: kgi, formula: \"{formula}\" }}\n  b: {{ value: 1 }}\n");

        Assert.Contains("the formula is too long", e.Message.In(Language.En));
    }

    [Fact]
    public void Parse_BracketsInsideAPlainScalar_AreTextNotNesting()
    {
        // The depth is counted on the parser's events: after "it's " the brackets are characters of the text.
        var yaml = "plan: x\nvision: it's " + new string('[', 1_000) + new string(']', 1_000) + "\nmetrics:\n  a: { role: kgi, target: 1 }\n";

        Assert.StartsWith("it's [[[", Read(yaml).Vision);
    }

    [Fact]
    public void Parse_WindowsLineEndings_ReadAndPointAsWithUnixOnes()
    {
        var e = OneError("plan: x\r\nmetrics:\r\n  revenue:\r\n    role: kgi\r\n    formula: |\r\n      orders * * price\r\n");

        Assert.Equal((6, 16), (e.Line, e.Column));
        Assert.Equal("x", Read("plan: x\r\nmetrics:\r\n  a: { role: kgi, target: 1億円 }\r\n").Title);
    }
}
