namespace Ippon.Web.Features.Store;

/// <summary>
/// A slice's part in a save of something the store keeps: a plan's (<see cref="ISavedPlanObserver"/>) or a slice's own
/// kind of save (Actuals' <c>ISavedActualsObserver</c>). Every observer is registered in DI as this one type, so the
/// store takes them all without naming the slices whose saves they observe.
/// </summary>
/// <remarks>
/// A slice's part of the store picks its own kind from <see cref="PlanStore.Observers"/>
/// (<c>store.Observers.OfType&lt;ISavedActualsObserver&gt;()</c>), as the store picks the plan's.
/// </remarks>
#pragma warning disable CA1040 // the marker is the point: one registration type for every kind of save observer
public interface ISaveObserver;
#pragma warning restore CA1040
