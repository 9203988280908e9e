namespace Ippon.Testing;

/// <summary>What a command-line program did: its exit code and everything it wrote on stdout and stderr.</summary>
/// <remarks>
/// <see cref="InProcess"/> runs the program's entry point (<c>Cli.Run(args, stdout, stderr)</c>) inside the test, in
/// milliseconds instead of the second a new process costs; a few end-to-end tests still start the real executable.
/// </remarks>
public sealed record ConsoleRun(int ExitCode, string Out, string Err)
{
    // One run at a time: a command line's options are static objects built for one run per process.
    static readonly Lock s_one = new();

    /// <summary>Runs <paramref name="main"/> with <paramref name="args"/>, capturing what it writes.</summary>
    public static ConsoleRun InProcess(Func<string[], TextWriter, TextWriter, int> main, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(main);
        using var stdout = new StringWriter { NewLine = Environment.NewLine };
        using var stderr = new StringWriter { NewLine = Environment.NewLine };
        int code;
        lock (s_one) code = main(args, stdout, stderr);
        return new ConsoleRun(code, stdout.ToString(), stderr.ToString());
    }
}
