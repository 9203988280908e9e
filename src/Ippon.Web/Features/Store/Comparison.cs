using Ippon.Files.Changes;

namespace Ippon.Web.Features.Store;

/// <summary>Two versions compared: the inputs people changed, and the calculated targets and volumes that moved.</summary>
public sealed record Comparison(int From, int To, IReadOnlyList<Change> Inputs, IReadOnlyList<Change> Results);
