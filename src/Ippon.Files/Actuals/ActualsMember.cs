using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Files.Actuals;

/// <summary>
/// Whether an actual may name a member (the CSV's <c>member</c> column, the web API's <c>member</c> field): the metric
/// must vary over members, and the member is named as the plan's cells are labelled (田中, or 東京/田中 over two dimensions).
/// </summary>
public static class ActualsMember
{
    /// <summary>Why <paramref name="member"/> cannot be given for <paramref name="metric"/>, or null when it can.</summary>
    public static Message? Refusal(PlanModel model, Metric metric, string member)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(member);
        var shape = model.Shapes[model.IndexOf(metric.Id)];
        if (shape.IsScalar)
            return new Message($"{metric.Id} はメンバーごとの指標ではありません。member 列を空にしてください", $"{metric.Id} does not vary over members; leave member empty");
        if (shape.CellOf(member) >= 0) return null;
        return new Message($"'{NumberText.Clip(member)}' は {metric.Id} のメンバー ({shape}) ではありません", $"'{NumberText.Clip(member)}' is not a member of {metric.Id} ({shape})");
    }
}
