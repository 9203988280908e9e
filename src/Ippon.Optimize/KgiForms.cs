using Ippon.Formulas.Syntax;
using Ippon.Inputs;
using Ippon.Numbers;

namespace Ippon.Optimize;

/// <summary>Reads the KGI as an affine form of the actions' volumes, through every formula on the way down.</summary>
/// <remarks>
/// Sums, differences, products and quotients by numbers that do not depend on the actions stay affine
/// (new_revenue = orders × 200万円); anything else (a product of two driven numbers, a power, min/round) makes the
/// KGI objective unsupported, with the metric named. Assumptions and inputs no action drives are constants at their
/// planned values, so the KGI the optimizer reports is the one the engine would calculate for the same volumes.
/// </remarks>
sealed class KgiForms(MixProblem problem)
{
    readonly Dictionary<string, LinearForm> _forms = [];
    readonly HashSet<string> _visiting = [];

    public List<Bottleneck> Bottlenecks { get; } = [];

    /// <summary>The KGI as an affine form of the volumes, or why the KGI objective does not support the plan (field <c>kgi</c>).</summary>
    public ParseResult<LinearForm> Build()
    {
        var kgi = problem.Calculated.Kgi;
        if (kgi is null) return Unsupported(new Message("KGI が1つに決まらないため、KGI を最大にする最適化はできません", "the plan has no single KGI, so it cannot be maximised"));
        try
        {
            var form = Of(kgi.Id);
            if (form.Terms.Values.Any(c => c < 0) || Bottlenecks.Any(b => b.Formula.Terms.Values.Any(c => c < 0)))
                return Unsupported(new Message("アクションを増やすと KGI が下がる式があるため、KGI の最大化には対応していません", "a formula makes the KGI fall as an action grows, which the KGI objective does not support"));
            return ParseResult<LinearForm>.Ok(form);
        }
        catch (NotLinearException e)
        {
            return Unsupported(e.Why);
        }
    }

    static ParseResult<LinearForm> Unsupported(Message why) => ParseResult<LinearForm>.Fail(new FieldMessage("kgi", why));

    LinearForm Of(string id)
    {
        if (_forms.TryGetValue(id, out var known)) return known;
        if (!_visiting.Add(id)) throw new NotLinearException(new Message($"{id} の式が循環しています", $"the formula of {id} is circular"));
        var result = problem.Calculated.Metric(id) ?? throw new NotLinearException(new Message($"指標 {id} がありません", $"no metric {id}"));
        var metric = result.Metric;
        if (!result.Shape.IsScalar)
            throw new NotLinearException(new Message($"{metric.Label} はメンバーごとの指標のため、KGI の最大化には対応していません", $"{metric.Label} varies per member, which the KGI objective does not support"));
        var drivers = problem.Calculated.Plan.ActionsDriving(id).ToHashSet();
        var driving = problem.Actions.Where(a => drivers.Contains(a.Action)).ToList();
        var produced = new LinearForm();
        foreach (var a in driving) produced = produced.Plus(LinearForm.Var(a.Index, a.PerUnit));
        LinearForm form;
        if (metric.Formula is null)
        {
            form = driving.Count > 0
                ? produced
                : LinearForm.Of(result.PlannedValue ?? throw new NotLinearException(new Message($"{metric.Label} の値がありません", $"{metric.Label} has no value")));
        }
        else
        {
            var byFormula = Linear(metric.Formula.Expr, metric.Label);
            if (driving.Count == 0)
            {
                form = byFormula;
            }
            else
            {
                var index = problem.Actions.Count + Bottlenecks.Count;
                Bottlenecks.Add(new Bottleneck(index, id, byFormula, produced, Math.Max(Resolution(byFormula), Resolution(produced))));
                form = LinearForm.Var(index);
            }
        }
        _visiting.Remove(id);
        _forms[id] = form;
        return form;
    }

    LinearForm Linear(Expr expr, string where) => expr switch
    {
        Literal l => LinearForm.Of(l.Value),
        Ref r => Of(r.Id),
        Unary u => Linear(u.Operand, where).Times(-1),
        Binary { Op: BinaryOp.Add } b => Linear(b.Left, where).Plus(Linear(b.Right, where)),
        Binary { Op: BinaryOp.Subtract } b => Linear(b.Left, where).Plus(Linear(b.Right, where), -1),
        Binary { Op: BinaryOp.Multiply } b => Product(Linear(b.Left, where), Linear(b.Right, where), where),
        Binary { Op: BinaryOp.Divide } b => Linear(b.Right, where) is { IsConstant: true, Constant: not 0 } d
            ? Linear(b.Left, where).Times(1m / d.Constant)
            : throw NotLinear(where),
        Call { Function: "sum" } c => c.Args.Aggregate(LinearForm.Of(0), (f, a) => f.Plus(Linear(a, where))),
        _ => throw NotLinear(where),
    };

    static LinearForm Product(LinearForm a, LinearForm b, string where) =>
        a.IsConstant ? b.Times(a.Constant) : b.IsConstant ? a.Times(b.Constant) : throw NotLinear(where);

    static NotLinearException NotLinear(string where) => new(new Message(
        $"{where} の式がアクションの量に比例しない (積・べき乗・関数) ため、KGI の最大化には対応していません",
        $"the formula of {where} is not linear in the actions' volumes (a product, power or function), which the KGI objective does not support"));

    /// <summary>The decimal places a value of the form can need: a bottleneck is kept exactly at that resolution.</summary>
    int Resolution(LinearForm form) =>
        Math.Max(Scaling.Scale(form.Constant), form.Terms.Count == 0 ? 0 : form.Terms.Max(t => Scaling.Scale(t.Value) + VariableResolution(t.Key)));

    int VariableResolution(int variable) =>
        variable < problem.Actions.Count ? 0 : Bottlenecks[variable - problem.Actions.Count].Resolution;

    sealed class NotLinearException(Message why) : Exception(why.ToString())
    {
        public Message Why { get; } = why;
    }
}
