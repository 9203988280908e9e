namespace Ippon.Web.Features.Members;

/// <summary>
/// A rep's actuals to date against their plan to date, from their own review (<c>ippon review --member</c>):
/// whether they are behind (<see cref="Ippon.Review.ReviewResult.BehindToDate"/>, the members table's "off track")
/// and their attainment (<see cref="Ippon.Review.ReviewResult.AttainmentToDate"/>).
/// </summary>
public sealed record MemberProgress(bool Behind, decimal? Attainment);
