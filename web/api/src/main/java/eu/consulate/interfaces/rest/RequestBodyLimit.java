package eu.consulate.interfaces.rest;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No request body over {@link #MAX_BYTES} reaches the API: a larger declared length answers 413
 * at once; a body without a declared length (chunked) is cut off while it is read, which the
 * body reader turns into 413 ({@link ProblemMappers.UnreadableBodies}). The largest legitimate
 * body, a request with a 4,000-character purpose and 20 dataset ids, is far below.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestBodyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** 64 KiB. */
    public static final int MAX_BYTES = 64 * 1024;

    /** Up to this size an over-limit body is read and dropped before the 413 (1 MiB). */
    static final long SWALLOW_BYTES = 1024 * 1024;

    /** JSON nested deeper than this is refused while it is read (no body of ours nests beyond 3). */
    public static final int MAX_DEPTH = 32;

    /** Thrown while reading a body that turns out larger than the limit. */
    public static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super("The request body is larger than " + MAX_BYTES + " bytes.");
        }
    }

    /**
     * Thrown while reading JSON nested deeper than {@link #MAX_DEPTH}: a parser or binder that
     * recursed into thousands of levels would end in a StackOverflowError and a dropped
     * connection instead of an answer.
     */
    public static final class BodyTooDeep extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooDeep() {
            super("The request body nests JSON arrays or objects more than " + MAX_DEPTH + " levels deep.");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BYTES) {
            if (declared <= SWALLOW_BYTES) {
                // read and drop a moderately large body, so that a client still sending it gets to
                // read the answer instead of a closed connection (as Tomcat's maxSwallowSize does)
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
            } else {
                response.setHeader("Connection", "close");
            }
            Problem.write(response, 413, "Content Too Large", new BodyTooLarge().getMessage());
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream());
            }
            return limited;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;
        private int depth;
        private boolean inString;
        private boolean escaped;

        LimitedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
                nest((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
                for (int i = offset; i < offset + n; i++) {
                    nest(buffer[i]);
                }
            }
            return n;
        }

        // structural characters are ASCII; bytes of multi-byte UTF-8 characters are all >= 0x80
        private void nest(byte b) throws BodyTooDeep {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new BodyTooDeep();
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > MAX_BYTES) {
                throw new BodyTooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
