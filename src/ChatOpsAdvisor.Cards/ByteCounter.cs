using System.Buffers;

namespace ChatOpsAdvisor.Cards;

/// <summary>A buffer writer that only counts what is written into it, reusing one small scratch array.</summary>
internal sealed class ByteCounter : IBufferWriter<byte>
{
    private byte[] scratch = new byte[4096];

    public int Count { get; private set; }

    public void Advance(int count) => Count += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Scratch(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => Scratch(sizeHint);

    private byte[] Scratch(int sizeHint)
    {
        if (sizeHint > scratch.Length)
        {
            scratch = new byte[sizeHint];
        }

        return scratch;
    }
}
