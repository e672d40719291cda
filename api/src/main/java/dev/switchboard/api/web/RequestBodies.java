package dev.switchboard.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Looks at a request's body before anything parses it, and refuses with a JSON error and a code what would
 * otherwise reach the handlers as a failure of theirs:
 * <ul>
 * <li>a body larger than the limit, declared ({@code Content-Length}) or not (chunked): 413
 * {@code REQUEST_TOO_LARGE}, and the connection is closed, since the rest of the body is not read;</li>
 * <li>a {@code Content-Type} that names no concrete type ({@code *}{@code /*}, or not a media type at all), or a
 * GraphQL request that is not JSON: 415 {@code UNSUPPORTED_MEDIA_TYPE} (Spring would otherwise fail building the
 * request's headers, or answer with no body);</li>
 * <li>a GraphQL request by another method than POST: 405 {@code METHOD_NOT_ALLOWED};</li>
 * <li>a JSON body that is {@code null} or not an object: 400 {@code INVALID_REQUEST}.</li>
 * </ul>
 * A body of undeclared length, or one in JSON, is read here once (at most the limit) and replayed from memory;
 * without this a client could make the server read and parse megabytes of JSON before any input rule has a say.
 * Form posts of declared length pass untouched, so the container still parses their parameters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBodies extends OncePerRequestFilter {

    static final String ERROR = """
            {"errors":[{"message":"%s","extensions":{"code":"%s","classification":"BAD_REQUEST"}}]}""";

    private final long maxBytes;
    private final String graphQlPath;

    RequestBodies(
            @Value("${switchboard.http.max-request-size:1MB}") DataSize max,
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        this.maxBytes = max.toBytes();
        this.graphQlPath = graphQlPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response);
            return;
        }
        boolean graphQl = graphQlPath.equals(request.getRequestURI());
        if (graphQl && !"POST".equals(request.getMethod()) && !"OPTIONS".equals(request.getMethod())) {
            // Spring would answer 405 too, but with no body to say why.
            response.setHeader(HttpHeaders.ALLOW, "POST");
            refuse(
                    response,
                    HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "METHOD_NOT_ALLOWED",
                    "GraphQL requests are POSTs");
            return;
        }
        MediaType type;
        try {
            type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            type = MediaType.ALL;
        }
        if (type != null && (type.isWildcardType() || type.isWildcardSubtype())) {
            refuse(
                    response,
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "UNSUPPORTED_MEDIA_TYPE",
                    "Content-Type must name a media type, e.g. application/json");
            return;
        }
        boolean json = type != null
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        if (!json && graphQl && "POST".equals(request.getMethod())) {
            // Spring would answer 415 too, but with no body to say why.
            refuse(
                    response,
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "UNSUPPORTED_MEDIA_TYPE",
                    "GraphQL requests are JSON: Content-Type application/json");
            return;
        }
        boolean form = type != null
                && (MediaType.APPLICATION_FORM_URLENCODED.includes(type) || "multipart".equals(type.getType()));
        boolean undeclared =
                request.getContentLengthLong() < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (!json && (form || !undeclared)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
        if (body.length > maxBytes) {
            tooLarge(response);
            return;
        }
        if (json && body.length > 0 && firstSignificant(body) != '{') {
            refuse(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "INVALID_REQUEST",
                    "the body must be a JSON object holding the query");
            return;
        }
        chain.doFilter(new Replayed(request, body), response);
    }

    private static int firstSignificant(byte[] body) {
        for (byte b : body) {
            if (b != ' '
                    && b != '\t'
                    && b != '\r'
                    && b != '\n'
                    && b != (byte) 0xEF
                    && b != (byte) 0xBB
                    && b != (byte) 0xBF) {
                return b;
            }
        }
        return -1;
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while (out.size() < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        // The unread rest of the body would be taken for the next request: the connection cannot be reused.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        refuse(
                response,
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "REQUEST_TOO_LARGE",
                "the request body is larger than " + maxBytes + " bytes");
    }

    private static void refuse(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(ERROR.formatted(message, code).getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body served from what was read already. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = StandardCharsets.UTF_8;
            try {
                charset = encoding == null ? charset : Charset.forName(encoding);
            } catch (IllegalArgumentException unknown) {
                // An unknown charset name is read as UTF-8, as JSON is by definition.
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
