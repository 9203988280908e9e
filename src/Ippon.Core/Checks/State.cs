namespace Ippon.Checks;

/// <summary>How a box of the tree or a row of a table is coloured: on target, short of it, in error, or not judged.</summary>
public enum State
{
    /// <summary>No target to judge against (an assumption, a reference to a box shown elsewhere).</summary>
    None,

    /// <summary>The planned value meets the target; the action fits its capacity and covers its metric.</summary>
    Ok,

    /// <summary>The planned value falls short of the target, or the actions do not cover it.</summary>
    Behind,

    /// <summary>A check found an error: unreachable, over capacity, a broken formula.</summary>
    Error,
}
