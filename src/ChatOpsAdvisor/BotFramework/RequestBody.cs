using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace ChatOpsAdvisor.BotFramework;

/// <summary>Reads a request body up to a limit, so an oversized activity is refused (413) without being buffered whole.</summary>
public static class RequestBody
{
    /// <returns>The body, or null when it is longer than <paramref name="maxBytes"/>.</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        // Let the server stop a chunked upload early too, instead of draining megabytes after we gave up.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + 1L;
        }

        try
        {
            return request.ContentLength is { } length
                ? await ReadExactlyAsync(request.Body, (int)length, cancellationToken).ConfigureAwait(false)
                : await ReadChunkedAsync(request.Body, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    /// <summary>
    /// A declared length (the usual case): one array of that size, no copies. Kestrel enforces the length; a body
    /// that ends early comes back short, and then fails to parse (400) like any other broken activity.
    /// </summary>
    private static async Task<byte[]> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var buffer = new byte[length];
        var read = await body.ReadAtLeastAsync(buffer, length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return read == length ? buffer : buffer[..read];
    }

    private static async Task<byte[]?> ReadChunkedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var collected = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (collected.Length + read > maxBytes)
                {
                    return null;
                }

                collected.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return collected.ToArray();
    }
}
