using System.Buffers.Binary;
using System.IO.Compression;

namespace ChatOpsAdvisor.Manifest;

/// <summary>
/// Reads a PNG's size and (for 8-bit RGBA, non-interlaced files) its pixels, enough to check Teams'
/// icon rules: colour 192×192, outline 32×32 white on transparent.
/// </summary>
public sealed record PngImage(int Width, int Height, int BitDepth, int ColorType, byte[]? Rgba)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngImage Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }

        int width = 0, height = 0, depth = 0, colorType = 0, interlace = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= bytes.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = (int)BinaryPrimitives.ReadUInt32BigEndian(data);
                height = (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                depth = data[8];
                colorType = data[9];
                interlace = data[12];
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        var rgba = depth == 8 && colorType == 6 && interlace == 0 ? Unfilter(idat.ToArray(), width, height) : null;
        return new PngImage(width, height, depth, colorType, rgba);
    }

    /// <summary>Alpha and colour of a pixel (8-bit RGBA images only).</summary>
    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return Rgba is null ? throw new InvalidOperationException("pixels are only decoded for 8-bit RGBA PNGs") : (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    private static byte[] Unfilter(byte[] compressed, int width, int height)
    {
        using var z = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        var src = raw.ToArray();
        var stride = width * 4;
        var output = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = src[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = src[(y * (stride + 1)) + 1 + x];
                int a = x >= 4 ? output[(y * stride) + x - 4] : 0;
                int b = y > 0 ? output[((y - 1) * stride) + x] : 0;
                int c = x >= 4 && y > 0 ? output[((y - 1) * stride) + x - 4] : 0;
                output[(y * stride) + x] = (byte)(filter switch
                {
                    1 => value + a,
                    2 => value + b,
                    3 => value + ((a + b) / 2),
                    4 => value + Paeth(a, b, c),
                    _ => value,
                });
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
