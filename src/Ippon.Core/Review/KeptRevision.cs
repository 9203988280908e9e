using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Review;

/// <summary>A revision of the plan that the review honours: the periods through <see cref="Through"/> keep the plan they had before it, the later ones follow it.</summary>
/// <param name="Revision">The plan file's revision (Q2 review: win rate 20% → 15%).</param>
/// <param name="Through">The last period closed when it was adopted (its <c>period:</c>).</param>
public sealed record KeptRevision(Revision Revision, Period Through);
