namespace Ippon.Checks;

/// <summary>How serious a finding is: an error makes <c>ippon plan</c> and <c>check</c> exit with 1.</summary>
public enum Severity
{
    Warning,
    Error,
}
