package dev.switchboard.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a request body larger than the limit before anything parses it: a declared length over the
 * limit is answered 413 at once, and a body of undeclared length is cut off when it passes the limit.
 * Without this a client could make the server read and parse megabytes of JSON (a list of a million
 * attributes, a string of a hundred megabytes) before any input rule gets a say.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    private static final String TOO_LARGE = """
            {"errors":[{"message":"the request body is larger than %d bytes","extensions":{"code":"REQUEST_TOO_LARGE","classification":"BAD_REQUEST"}}]}""";

    private final long maxBytes;

    RequestSizeLimit(HttpProperties settings) {
        this.maxBytes = settings.maxRequestSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response);
            return;
        }
        if (request.getContentLengthLong() >= 0) {
            chain.doFilter(request, response);
            return;
        }
        Bounded bounded = new Bounded(request, maxBytes);
        try {
            chain.doFilter(bounded, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!bounded.overflowed) {
                throw e;
            }
        }
        // Whatever the handler made of the cut-off body, the client is told the real reason.
        if (bounded.overflowed && !response.isCommitted()) {
            response.reset();
            refuse(response);
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(TOO_LARGE.formatted(maxBytes).getBytes(StandardCharsets.UTF_8));
    }

    private static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body over the limit");
        }
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;
        private boolean overflowed;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream source = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = source.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = source.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLarge {
                        read += n;
                        if (read > max) {
                            overflowed = true;
                            throw new BodyTooLarge();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return source.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return source.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        source.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
