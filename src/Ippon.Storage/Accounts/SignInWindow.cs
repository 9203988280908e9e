namespace Ippon.Storage.Accounts;

/// <summary>
/// The sign-in attempts of one client address in one minute, kept in the database so that the limit holds across
/// every instance on it (an instance's memory would give a guesser N × the limit with N instances).
/// </summary>
public sealed class SignInWindow
{
    public SignInWindow(string client, long minute, int attempts)
    {
        Client = client;
        Minute = minute;
        Attempts = attempts;
    }

    /// <summary>The client address (as the server saw it).</summary>
    public string Client { get; private set; }

    /// <summary>The minute: whole minutes since 1970-01-01 UTC.</summary>
    public long Minute { get; private set; }

    /// <summary>Sign-in posts from the address in that minute.</summary>
    public int Attempts { get; private set; }
}
