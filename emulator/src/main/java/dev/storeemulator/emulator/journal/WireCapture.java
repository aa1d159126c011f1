package dev.storeemulator.emulator.journal;

import dev.storeemulator.emulator.core.AnswerBody;
import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one call sent and received, taken on every call as cheaply as it can be: the headers copied as they are
 * (the request's are recycled by Jetty once the call ends), the bodies by reference. Masking secrets, cutting
 * bodies and decoding them is left to {@link #details()}, which runs only when someone reads the call
 * ({@code GET /__admin/requests/{id}}).
 */
public final class WireCapture {
    private static final String[] NONE = new String[0];
    /**
     * Most bytes of an answer kept: more than {@link CallDetails#MAX_BODY} characters in any charset (a character
     * takes at most 4 bytes), so a longer answer still shows as cut; a larger one is copied up to this, to keep
     * memory bounded.
     */
    static final int MAX_BYTES = 4 * CallDetails.MAX_BODY + 4;

    /** Request headers as name, value pairs (the first value of each name, in the servlet's order). */
    private final String[] requestHeaders;

    private final String requestBody;
    private final String requestContentType;
    private final String[] responseHeaders;
    /** The answer's bytes when it was an {@link AnswerBody} (not copied), else null. */
    private final byte[] responseBytes;

    private final String responseCharset;
    /** The answer's body as text when it was not an {@link AnswerBody}, else null. */
    private final String responseText;

    private WireCapture(
            String[] requestHeaders,
            String requestBody,
            String requestContentType,
            String[] responseHeaders,
            byte[] responseBytes,
            String responseCharset,
            String responseText) {
        this.requestHeaders = requestHeaders;
        this.requestBody = requestBody;
        this.requestContentType = requestContentType;
        this.responseHeaders = responseHeaders;
        this.responseBytes = responseBytes;
        this.responseCharset = responseCharset;
        this.responseText = responseText;
    }

    /**
     * Takes a served call (from the request logger, once the answer is written); null if it cannot. Never throws.
     *
     * @param sent the body written straight to the response, or null (then the context's result is read)
     */
    static WireCapture of(Context ctx, AnswerBody sent) {
        try {
            return take(ctx, sent);
        } catch (RuntimeException e) {
            return null; // a request too broken to describe (its entry still says what happened)
        }
    }

    private static WireCapture take(Context ctx, AnswerBody sent) {
        String[] in = requestHeaders(ctx);
        Collection<String> names = ctx.res().getHeaderNames();
        String[] out = names.isEmpty() ? NONE : new String[names.size() * 2];
        int i = 0;
        for (String name : names) {
            out[i++] = name;
            out[i++] = ctx.res().getHeader(name);
        }
        byte[] bytes = null;
        String charset = null;
        String text = null;
        AnswerBody body = sent != null ? sent : ctx.resultInputStream() instanceof AnswerBody b ? b : null;
        if (body != null) {
            bytes = body.bytes().length <= MAX_BYTES ? body.bytes() : java.util.Arrays.copyOf(body.bytes(), MAX_BYTES);
            charset = ctx.res().getCharacterEncoding();
        } else {
            text = responseText(ctx);
        }
        String contentType = ctx.header("Content-Type"); // the raw header: the servlet's parses the charset
        return new WireCapture(in, kept(requestBody(ctx)), contentType, out, bytes, charset, kept(text));
    }

    /** Enough of a body to show it, and to show it was cut. */
    private static String kept(String body) {
        return body != null && body.length() > CallDetails.MAX_BODY + 1
                ? body.substring(0, CallDetails.MAX_BODY + 1)
                : body;
    }

    private static String[] requestHeaders(Context ctx) {
        String[] pairs = new String[16];
        int n = 0;
        for (Enumeration<String> names = ctx.req().getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            if (n == pairs.length) {
                pairs = java.util.Arrays.copyOf(pairs, n * 2);
            }
            pairs[n++] = name;
            pairs[n++] = ctx.req().getHeader(name);
        }
        return n == pairs.length ? pairs : java.util.Arrays.copyOf(pairs, n);
    }

    /**
     * The body as the handler read it (Javalin keeps it once read), and only then: reading a body the handler left
     * (broken, stalled, oversized) would wait on the client or fail, so an unfinished one is left alone.
     */
    private static String requestBody(Context ctx) {
        if (ctx.req().getContentLengthLong() <= 0 && ctx.header("Transfer-Encoding") == null) {
            return null;
        }
        try {
            return ctx.req().getInputStream().isFinished() ? ctx.body() : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null; // read as a reader, or gone: the entry still says what else happened
        }
    }

    private static String responseText(Context ctx) {
        try {
            return ctx.result();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The call as {@code GET /__admin/requests/{id}} shows it: secrets masked, bodies cut. */
    public CallDetails details() {
        return new CallDetails(
                CallDetails.message(headers(requestHeaders), requestBody, requestContentType),
                CallDetails.message(headers(responseHeaders), responseBody(), null));
    }

    private String responseBody() {
        if (responseBytes == null) {
            return responseText;
        }
        return new String(responseBytes, charset(responseCharset));
    }

    /** As Javalin decodes a result: the response's charset, UTF-8 when it names none or an unknown one. */
    private static Charset charset(String name) {
        try {
            return name != null ? Charset.forName(name) : StandardCharsets.UTF_8;
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static Map<String, String> headers(String[] pairs) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put(pairs[i], CallDetails.header(pairs[i], pairs[i + 1]));
        }
        return headers;
    }
}
