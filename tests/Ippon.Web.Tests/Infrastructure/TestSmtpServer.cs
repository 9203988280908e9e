using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>
/// An SMTP server in the test process (the SmtpServer package) on 127.0.0.1 and a free port: it keeps every mail it
/// accepted (parsed by MimeKit) with the time it arrived; it can refuse the first messages (451) to test retries, and
/// take a while per message so that a batch is still being sent when the app is killed.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    readonly CancellationTokenSource _stop = new();
    readonly Task _running;

    TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            // AUTH offered on the plain connection (127.0.0.1 only), required only when Login is set (checked when the mail is stored).
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port)).AllowUnsecureAuthentication(true).AuthenticationRequired(false))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new SlowFilter(this));
        services.Add(new Login(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Every mail accepted, in order.</summary>
    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    /// <summary>Each delivery attempt (accepted or refused): the mail's Message-ID and when.</summary>
    public ConcurrentQueue<(string MessageId, DateTime At)> Attempts { get; } = new();

    /// <summary>When set, only mails sent after AUTH with this user and password are accepted (others: 530).</summary>
    public (string User, string Password)? RequiredLogin { get; set; }

    /// <summary>Every AUTH attempt: the user and password the client sent.</summary>
    public ConcurrentQueue<(string User, string Password)> Logins { get; } = new();

    /// <summary>How many first attempts of every mail (by Message-ID) to refuse with 451.</summary>
    public int RefuseEach { get; set; }

    /// <summary>How long to take before accepting each mail.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>How long to take over each sender (MAIL FROM), before the mail is sent: a slow server where a kill lands before delivery.</summary>
    public TimeSpan SenderDelay { get; set; }

    public static TestSmtpServer Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new TestSmtpServer(port);
    }

    /// <summary>Waits until <paramref name="predicate"/> holds for the received mails, or fails after <paramref name="timeout"/>.</summary>
    public async Task<List<MimeMessage>> WaitForAsync(Func<List<MimeMessage>, bool> predicate, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var mails = Received.ToList();
            if (predicate(mails)) return mails;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the mails expected did not arrive; received {mails.Count}: {string.Join(" | ", mails.Select(m => $"{m.To} {m.Subject}"))}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    sealed class SlowFilter(TestSmtpServer server) : MailboxFilter
    {
        public override async Task<bool> CanAcceptFromAsync(ISessionContext context, SmtpServer.Mail.IMailbox from, int size, CancellationToken cancellationToken)
        {
            if (server.SenderDelay > TimeSpan.Zero) await Task.Delay(server.SenderDelay, cancellationToken);
            return true;
        }
    }

    sealed class Login(TestSmtpServer server) : SmtpServer.Authentication.UserAuthenticator
    {
        public override Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken)
        {
            server.Logins.Enqueue((user, password));
            return Task.FromResult(server.RequiredLogin is not { } required || (required.User == user && required.Password == password));
        }
    }

    sealed class Store(TestSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var mail = await MimeMessage.LoadAsync(stream, cancellationToken);
            server.Attempts.Enqueue((mail.MessageId ?? "", DateTime.UtcNow));
            if (server.RequiredLogin is not null && !context.Authentication.IsAuthenticated)
                return new SmtpResponse(SmtpReplyCode.AuthenticationRequired, "authentication required");
            if (server.Attempts.Count(a => a.MessageId == mail.MessageId) <= server.RefuseEach)
                return new SmtpResponse(SmtpReplyCode.InsufficientStorage, "try again later");
            if (server.Delay > TimeSpan.Zero) await Task.Delay(server.Delay, CancellationToken.None);
            server.Received.Enqueue(mail);
            return SmtpResponse.Ok;
        }
    }
}
