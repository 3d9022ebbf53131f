using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;

namespace Partnerschap.Web.Infrastructure.Caching;

/// <summary>
/// Puts this visitor's antiforgery token where a cacheable page holds <see cref="AntiforgeryVeld.Plaatshouder"/>
/// ("donut caching", ADR 0011). It sits outside the output cache, so it sees a page just made and a page from the cache
/// alike. Only for endpoints with <c>[OutputCache]</c>: it keeps the body in a pipe (pooled memory) until the endpoint
/// is done. When the body holds the placeholder (it cannot come from a profile or a chapter, see
/// <see cref="AntiforgeryVeld.Plaatshouder"/>), it makes the tokens of this request (which sets the antiforgery cookie
/// when the visitor has none, and "no-store": a browser must not keep a page with a token), replaces every placeholder
/// and sets Content-Length. Any other response passes unchanged. Looking for the placeholder instead of a mark in the
/// headers means a stored page needs nothing but its body to be filled in.
/// </summary>
public sealed class AntiforgeryInvullenMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    private static readonly object Sleutel = new();

    // No back pressure: the page stays in the pipe until the endpoint is done (tens of kilobytes).
    private static readonly PipeOptions Buffer = new(pauseWriterThreshold: 0, resumeWriterThreshold: 0, useSynchronizationContext: false);

    /// <summary>Whether this middleware keeps the body of the current request, so a placeholder will be filled in.</summary>
    public static bool VultIn(HttpContext context) => context.Items.ContainsKey(Sleutel);

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is null)
        {
            await next(context);
            return;
        }

        var pipe = new Pipe(Buffer);
        var origineel = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Features.Set<IHttpResponseBodyFeature>(new PipeBody(pipe.Writer));
        context.Items[Sleutel] = true;
        try
        {
            await next(context);
        }
        finally
        {
            context.Items.Remove(Sleutel);
            context.Features.Set(origineel);
        }

        await pipe.Writer.CompleteAsync();
        var body = (await pipe.Reader.ReadAsync(context.RequestAborted)).Buffer;
        try
        {
            if (body.IsEmpty)
            {
                // Nothing written, so the response has not started: an empty 404 still gets its page (status-code pages).
                return;
            }

            var plaatshouders = Tel(body);
            if (plaatshouders == 0)
            {
                Kopieer(body, origineel.Writer);
            }
            else
            {
                // Headers first (the cookie, no-store, the length): writing the first byte starts the response.
                var token = Encoding.UTF8.GetBytes(antiforgery.GetAndStoreTokens(context).RequestToken ?? string.Empty);
                context.Response.ContentLength = body.Length + plaatshouders * (token.Length - AntiforgeryVeld.PlaatshouderBytes.Length);
                Vul(body, token, origineel.Writer);
            }

            await origineel.Writer.FlushAsync(context.RequestAborted);
        }
        finally
        {
            pipe.Reader.AdvanceTo(body.End);
            await pipe.Reader.CompleteAsync();
        }
    }

    private static long Tel(ReadOnlySequence<byte> body)
    {
        var reader = new SequenceReader<byte>(body);
        var aantal = 0L;
        while (reader.TryReadTo(out ReadOnlySequence<byte> _, AntiforgeryVeld.PlaatshouderBytes))
        {
            aantal++;
        }

        return aantal;
    }

    private static void Vul(ReadOnlySequence<byte> body, ReadOnlySpan<byte> token, PipeWriter uit)
    {
        var reader = new SequenceReader<byte>(body);
        while (reader.TryReadTo(out ReadOnlySequence<byte> voor, AntiforgeryVeld.PlaatshouderBytes))
        {
            Kopieer(voor, uit);
            uit.Write(token);
        }

        Kopieer(reader.UnreadSequence, uit);
    }

    private static void Kopieer(ReadOnlySequence<byte> deel, PipeWriter uit)
    {
        foreach (var segment in deel)
        {
            uit.Write(segment.Span);
        }
    }

    /// <summary>
    /// The response body while the endpoint runs: everything (the stream Razor writes to, the writer the output cache
    /// copies a hit to) goes into the pipe, and nothing starts the real response.
    /// </summary>
    private sealed class PipeBody(PipeWriter writer) : IHttpResponseBodyFeature
    {
        public Stream Stream { get; } = writer.AsStream(leaveOpen: true);

        public PipeWriter Writer => writer;

        public void DisableBuffering()
        {
        }

        public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            SendFileFallback.SendFileAsync(Stream, path, offset, count, cancellationToken);

        public Task CompleteAsync() => Task.CompletedTask;
    }
}
