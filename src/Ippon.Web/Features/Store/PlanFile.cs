using Ippon.Plans;

namespace Ippon.Web.Features.Store;

/// <summary>A plan file text and the plan it reads as, checked: what the store saves as a version.</summary>
/// <remarks>
/// Only <see cref="PlanText"/> makes one, and only by reading the text itself (<see cref="PlanText.ReadFile"/> for a
/// text from outside, <see cref="PlanText.Written"/> for a plan edited in the page or by the API), so every version
/// the store commits is a text that reopens: a change that would write something unreadable is refused before it
/// reaches the database, with the reason.
/// </remarks>
public sealed class PlanFile
{
    internal PlanFile(string text, Plan plan)
    {
        Text = text;
        Plan = plan;
    }

    /// <summary>The plan file text (YAML), as stored.</summary>
    public string Text { get; }

    /// <summary>The plan <see cref="Text"/> reads as.</summary>
    public Plan Plan { get; }
}
