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
 * body, a request with a 4,000-character purpose and 20 dataset ids, is far below. The one
 * exception is the import of a disease ontology (an OBO file, not JSON: MONDO's is about 50 MB),
 * limited to {@link #MAX_ONTOLOGY_BYTES} and not checked for JSON nesting.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestBodyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** 64 KiB. */
    public static final int MAX_BYTES = 64 * 1024;

    /** The import of a disease ontology: 200 MiB ({@code POST /api/admin/diseases}). */
    public static final long MAX_ONTOLOGY_BYTES = 200L * 1024 * 1024;
    static final String ONTOLOGY_IMPORT = "/admin/diseases";

    /** A file attached to a request: up to {@code consulate.attachments.max-bytes}, checked again by the service. */
    static final java.util.regex.Pattern ATTACHMENT_UPLOAD = java.util.regex.Pattern.compile("/applications/[^/]+/attachments/?");

    /** Up to this size an over-limit body is read and dropped before the 413 (1 MiB). */
    static final long SWALLOW_BYTES = 1024 * 1024;

    /** JSON nested deeper than this is refused while it is read (no body of ours nests beyond 3). */
    public static final int MAX_DEPTH = 32;

    /** Thrown while reading a body that turns out larger than the limit. */
    public static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes.");
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
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean post = "POST".equals(request.getMethod());
        boolean ontology = post && ONTOLOGY_IMPORT.equals(path);
        boolean attachment = post && ATTACHMENT_UPLOAD.matcher(path).matches();
        long limit = ontology ? MAX_ONTOLOGY_BYTES : attachment ? attachmentLimit() : MAX_BYTES;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            if (declared <= SWALLOW_BYTES) {
                // read and drop a moderately large body, so that a client still sending it gets to
                // read the answer instead of a closed connection (as Tomcat's maxSwallowSize does)
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
            } else {
                response.setHeader("Connection", "close");
            }
            Problem.write(response, 413, "Content Too Large", new BodyTooLarge(limit).getMessage());
            return;
        }
        chain.doFilter(new Limited(request, limit, !ontology && !attachment), response);
    }

    private static long attachmentLimit() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("consulate.attachments.max-bytes", Long.class).orElse(10L * 1024 * 1024);
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream limited;
        private final long limit;
        private final boolean json;

        Limited(HttpServletRequest request, long limit, boolean json) {
            super(request);
            this.limit = limit;
            this.json = json;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream(), limit, json);
            }
            return limited;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final boolean json;
        private long read;
        private int depth;
        private boolean inString;
        private boolean escaped;

        LimitedStream(ServletInputStream in, long limit, boolean json) {
            this.in = in;
            this.limit = limit;
            this.json = json;
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
            if (!json) {
                return;
            }
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
            if (read > limit) {
                throw new BodyTooLarge(limit);
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
