using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Edits;

/// <summary>
/// The plan's dimensions (regions, reps) as the 設定 tab edits them: add, rename, move (a rep to another region) and
/// remove a member, remove a whole dimension. Each returns the edited plan, checked, or a refusal in both languages
/// that names what still uses the member; references the plan holds (values, targets, weights, teams) are renamed
/// with it, or go with a removal shown first (<see cref="Preview"/>, <see cref="MemberReferences"/>).
/// </summary>
/// <remarks>
/// Actuals by member are stored beside the plan, not in it, so the caller passes the member labels that have actuals
/// (田中, 東京/田中): a rename or removal of a member they name is refused, since those actuals would name nothing.
/// </remarks>
public static class EditDimensions
{
    /// <summary>The dimension's name as people read it: 地域 for <c>region</c>, 担当者 for <c>rep</c>, else the name itself.</summary>
    public static Message Word(string dimension) => dimension switch
    {
        "region" => new Message("地域", "Region"),
        "rep" => new Message("担当者", "Rep"),
        "team" => new Message("チーム", "Team"),
        _ => new Message(dimension, dimension),
    };

    /// <summary>
    /// Adds <paramref name="member"/> to <paramref name="dimension"/>, under <paramref name="parentMember"/> when the
    /// dimension nests in another. A dimension the plan does not have yet is created with it, nested in
    /// <paramref name="parentDimension"/> when one is given.
    /// </summary>
    public static Outcome<Plan> AddMember(Plan plan, string dimension, string member, string? parentMember = null, string? parentDimension = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(member);
        var name = member.Trim();
        var field = $"dimensions.{dimension}.new";
        if (MemberReferences.Problem(name) is { } problem) return Failure.Invalid(new FieldError(field, problem));
        var d = plan.FindDimension(dimension);
        if (d is null)
        {
            if (!Ids.IsValid(dimension)) return Failure.Invalid(new FieldError(field, new Message($"次元名 '{NumberText.Clip(dimension)}' は使えません", $"'{NumberText.Clip(dimension)}' cannot name a dimension")));
            var parent = parentDimension is null ? null : plan.FindDimension(parentDimension);
            if (parentDimension is not null && parent is null)
                return Failure.Invalid(new FieldError(field, new Message($"先に{Ja(parentDimension)}を追加してください", $"add a {En(parentDimension).ToLowerInvariant()} first")));
            if (parent is null) return PlanText.Check(plan with { Dimensions = plan.Dimensions.Add(new Ippon.Dimensions.Dimension(dimension, [name])) });
            var p = parent.IndexOf(parentMember ?? "");
            if (p < 0) return NoParent(field, parent.Name, parentMember);
            return PlanText.Check(plan with { Dimensions = plan.Dimensions.Add(new Ippon.Dimensions.Dimension(dimension, [name], parent, [p])) });
        }
        if (d.IndexOf(name) >= 0)
            return Failure.Invalid(new FieldError(field, new Message($"{Ja(dimension)} {name} はもうあります", $"{En(dimension)} {name} is there already")));
        if (d.Parent is { } of && of.IndexOf(parentMember ?? "") < 0) return NoParent(field, of.Name, parentMember);
        return PlanText.Check(plan with
        {
            Dimensions = MemberReferences.Rebuild(plan.Dimensions, dimension, ms => ms.Append(new MemberReferences.Entry(name, d.Parent is null ? null : parentMember))),
        });
    }

    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>, in the dimension and everywhere the plan names it; refused while actuals name it.</summary>
    public static Outcome<Plan> RenameMember(Plan plan, string dimension, string from, string to, IReadOnlyCollection<string>? actualsMembers = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(to);
        var name = to.Trim();
        var field = $"dimensions.{dimension}.{from}";
        if (Find(plan, dimension, from) is { } missing) return missing;
        if (name == from) return plan;
        if (MemberReferences.Problem(name) is { } problem) return Failure.Invalid(new FieldError(field, problem));
        if (plan.FindDimension(dimension)!.IndexOf(name) >= 0)
            return Failure.Invalid(new FieldError(field, new Message($"{Ja(dimension)} {name} はもうあります", $"{En(dimension)} {name} is there already")));
        if (Actuals(dimension, from, actualsMembers, "名前を変えられません", "it cannot be renamed") is { } refused) return refused;
        return PlanText.Check(MemberReferences.Renamed(plan, dimension, from, name)!);
    }

    /// <summary>Puts <paramref name="member"/> under <paramref name="parentMember"/> of the parent dimension (a rep into another region).</summary>
    public static Outcome<Plan> MoveMember(Plan plan, string dimension, string member, string parentMember)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Find(plan, dimension, member) is { } missing) return missing;
        var d = plan.FindDimension(dimension)!;
        var field = $"dimensions.{dimension}.{member}";
        if (d.Parent is not { } parent)
            return Failure.Invalid(new FieldError(field, new Message($"{Ja(dimension)} は他の次元に属していません", $"{En(dimension)} does not nest in another dimension")));
        if (parent.IndexOf(parentMember) < 0) return NoParent(field, parent.Name, parentMember);
        if (parent.Members[d.ParentOf[d.IndexOf(member)]] == parentMember) return plan;
        return PlanText.Check(plan with
        {
            Dimensions = MemberReferences.Rebuild(plan.Dimensions, dimension, ms => ms.Select(e => e.Name == member ? e with { Parent = parentMember } : e)),
        });
    }

    /// <summary>What names <paramref name="member"/>, for the page to show before removing it: the removable references go with it, the others refuse the removal.</summary>
    public static IReadOnlyList<MemberReferences.Reference> Preview(Plan plan, string dimension, string member) => MemberReferences.ToMember(plan, dimension, member);

    /// <summary>
    /// Removes <paramref name="member"/>. Refused, naming what uses it, while members are nested in it or actuals name
    /// it, when it is the last member, and (unless <paramref name="cascade"/>) while values, targets, weights or teams
    /// name it; with <paramref name="cascade"/> those go in the same change.
    /// </summary>
    public static Outcome<Plan> RemoveMember(Plan plan, string dimension, string member, IReadOnlyCollection<string>? actualsMembers = null, bool cascade = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Find(plan, dimension, member) is { } missing) return missing;
        var d = plan.FindDimension(dimension)!;
        var field = $"dimensions.{dimension}.{member}";
        var (wordJa, wordEn) = (Ja(dimension), En(dimension).ToLowerInvariant());
        if (d.Count == 1)
        {
            return Failure.Invalid(new FieldError(field, new Message(
                $"{member} は{wordJa}の最後の1つなので削除できません。{wordJa}をまとめて外すときは「{wordJa}を使わない」を選んでください",
                $"{member} is the last {wordEn}, so it cannot be removed alone; to drop them all, choose \"no {wordEn}s\"")));
        }
        var blocking = Preview(plan, dimension, member).Where(r => !r.Removable || !cascade).ToList();
        if (blocking.Count > 0)
        {
            var ja = string.Join("、", blocking.Select(r => r.Text.In(Language.Ja)));
            var en = string.Join(", ", blocking.Select(r => r.Text.In(Language.En)));
            return Failure.Invalid(new FieldError(field, new Message(
                $"{member} は {ja} が使っているため削除できません。{(blocking.All(r => r.Removable) ? "まとめて削除するか、" : "")}先にそちらを変えてください",
                $"{member} is used by {en}; {(blocking.All(r => r.Removable) ? "remove them together, or " : "")}change those first")));
        }
        if (Actuals(dimension, member, actualsMembers, "削除できません", "it cannot be removed") is { } refused) return refused;
        return PlanText.Check(MemberReferences.WithoutMember(plan, dimension, member)!);
    }

    /// <summary>Removes a whole dimension: refused while a metric varies over it (<c>by:</c>) or another dimension nests in it.</summary>
    public static Outcome<Plan> RemoveDimension(Plan plan, string dimension)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.FindDimension(dimension) is not { } d) return Failure.NotFound(Ja(dimension));
        var users = plan.Dimensions.Where(c => ReferenceEquals(c.Parent, d)).Select(c => Word(c.Name))
            .Concat(plan.Metrics.Where(m => m.By.Contains(dimension)).Select(m => new Message($"{m.Label} (by: {dimension})", $"{m.Label} (by: {dimension})")))
            .Concat(plan.Teams.Where(t => t.Members.Any(x => d.IndexOf(x) >= 0)).Select(t => new Message($"チーム {t.Label}", $"the team {t.Label}")))
            .ToList();
        if (users.Count > 0)
        {
            return Failure.Invalid(new FieldError($"dimensions.{dimension}", new Message(
                $"{Ja(dimension)}は {string.Join("、", users.Select(u => u.In(Language.Ja)))} が使っているため外せません。先にそちらを変えてください",
                $"{En(dimension)} is used by {string.Join(", ", users.Select(u => u.In(Language.En)))}; change those first")));
        }
        return PlanText.Check(plan with { Dimensions = plan.Dimensions.Remove(d) });
    }

    static string Ja(string dimension) => Word(dimension).In(Language.Ja);

    static string En(string dimension) => Word(dimension).In(Language.En);

    static Failure? Find(Plan plan, string dimension, string member)
    {
        if (plan.FindDimension(dimension) is not { } d) return Failure.NotFound(Ja(dimension));
        return d.IndexOf(member) < 0 ? Failure.NotFound($"{Ja(dimension)} {member}") : null;
    }

    static Failure NoParent(string field, string parent, string? given) =>
        Failure.Invalid(new FieldError(field, string.IsNullOrWhiteSpace(given)
            ? new Message($"{Ja(parent)}を選んでください", $"choose a {En(parent).ToLowerInvariant()}")
            : new Message($"{Ja(parent)} '{NumberText.Clip(given)}' はありません", $"there is no {En(parent).ToLowerInvariant()} '{NumberText.Clip(given)}'")));

    // Actuals are stored by member label (田中, 東京/田中): any label naming the member holds it in place.
    static Failure? Actuals(string dimension, string member, IReadOnlyCollection<string>? labels, string ja, string en)
    {
        var count = labels?.Count(l => l == member || l.Split('/').Contains(member)) ?? 0;
        if (count == 0) return null;
        return Failure.Invalid(new FieldError($"dimensions.{dimension}.{member}", new Message(
            $"{member} には保存された実績があり、実績はこの名前で記録されているため{ja}",
            $"{member} has stored actuals, recorded under this name, so {en}")));
    }
}
