using Ippon.Web.Features.Shared;

namespace Ippon.Web.Tests.Features;

/// <summary>An upload is refused by its stated size before reading, and by its real size while reading, never after.</summary>
public class UploadLimitsTests
{
    static readonly UploadLimits s_limits = new(1_000);

    [Fact]
    public async Task AFileWithinTheLimit_IsReadWhole()
    {
        var bytes = Enumerable.Range(0, 1_000).Select(i => (byte)i).ToArray();

        var read = await s_limits.ReadAsync(bytes.Length, new MemoryStream(bytes), "file", CancellationToken.None);

        Assert.True(read.Ok);
        Assert.Equal(bytes, read.Value);
    }

    [Fact]
    public async Task AStatedSizeOverTheLimit_IsRefusedWithoutReading()
    {
        var body = new EndlessStream();

        var read = await s_limits.ReadAsync(5_000, body, "file", CancellationToken.None);

        Assert.Equal(("file", 0L), (Assert.Single(read.Failure!.Errors).Field, body.BytesRead));
    }

    [Fact]
    public async Task ABodyThatLiesAboutItsSize_IsRefusedOnceItPassesTheLimit_NotReadToItsEnd()
    {
        var body = new EndlessStream();

        var read = await s_limits.ReadAsync(10, body, "file", CancellationToken.None);

        Assert.Contains("too large", Assert.Single(read.Failure!.Errors).Message.ToString(), StringComparison.Ordinal);
        Assert.InRange(body.BytesRead, 1_001, 1_000 + 81_920);
    }

    /// <summary>A request body that never ends (the size it stated was a lie): counts what was read from it.</summary>
    sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'x', offset, count);
            BytesRead += count;
            return count;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
