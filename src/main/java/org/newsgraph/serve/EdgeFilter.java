package org.newsgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First filter on every request: refuses over-long URLs (414) and declared over-large bodies (413; bodies
 * without a length are cut by Jetty's size-limit handler), adds CORS headers and answers CORS preflight,
 * counts requests in flight (for a clean stop) and writes the one-line request log.
 */
final class EdgeFilter extends HttpFilter {
  /** The logger of the request log: one INFO line per request. */
  static final Logger REQUEST_LOG = LoggerFactory.getLogger("org.newsgraph.serve.request");

  private final ServerConfig config;
  private final AtomicInteger inFlight = new AtomicInteger();

  EdgeFilter(ServerConfig config) {
    this.config = config;
  }

  /** Requests being answered now. */
  int inFlight() {
    return inFlight.get();
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    inFlight.incrementAndGet();
    try {
      cors(req, resp);
      if (!refused(req, resp)) {
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
          resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
          chain.doFilter(req, resp);
        }
      }
    } finally {
      inFlight.decrementAndGet();
      if (!config.quiet()) {
        REQUEST_LOG.info("{} {} {} {} ms", req.getMethod(), req.getRequestURI(), resp.getStatus(),
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      }
    }
  }

  private boolean refused(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String query = req.getQueryString();
    int urlLength = req.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
    if (urlLength > config.maxUrlLength()) {
      RdfResponses.plain(resp, 414, "URI too long: limit " + config.maxUrlLength()
          + " characters; send long queries with POST");
      return true;
    }
    if (req.getContentLengthLong() > config.maxBodyBytes()) {
      RdfResponses.plain(resp, 413, "Request body too large: limit " + config.maxBodyBytes() + " bytes");
      return true;
    }
    return false;
  }

  private void cors(HttpServletRequest req, HttpServletResponse resp) {
    resp.setHeader("Access-Control-Allow-Origin", "*");
    resp.setHeader("Access-Control-Expose-Headers", ServerConfig.TRUNCATED_HEADER + ", Content-Type");
    if ("OPTIONS".equals(req.getMethod())) {
      resp.setHeader("Access-Control-Allow-Methods",
          config.allowUpdate() ? "GET, HEAD, POST, PUT, DELETE, OPTIONS" : "GET, HEAD, POST, OPTIONS");
      resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, Authorization");
      resp.setHeader("Access-Control-Max-Age", "3600");
    }
  }
}
