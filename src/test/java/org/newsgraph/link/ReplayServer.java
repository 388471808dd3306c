package org.newsgraph.link;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test support: a stand-in for Wikidata's action API on 127.0.0.1 (any free port) that replays the
 * hand-written responses of {@code wikidata/api/}, fails on request with scripted statuses first, and
 * counts every request it receives.
 */
final class ReplayServer implements AutoCloseable {
  static final String PATH = "/w/api.php";

  private record Failure(int status, String retryAfter) {}

  private final HttpServer server;
  private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();
  private final List<String> userAgents = java.util.Collections.synchronizedList(new ArrayList<>());

  ReplayServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(PATH, this::handle);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
  }

  /** The next request for {@code key} is answered with {@code status} (and a Retry-After, if not null). */
  ReplayServer failNext(String key, int status, String retryAfter) {
    failures.computeIfAbsent(key, k -> new ArrayDeque<>()).add(new Failure(status, retryAfter));
    return this;
  }

  int count(String key) {
    return counts.getOrDefault(key, new AtomicInteger()).get();
  }

  int total() {
    return total.get();
  }

  List<String> userAgents() {
    return List.copyOf(userAgents);
  }

  /** {@code search-SLUG} or {@code entities-ID-ID}: the fixture a request is answered from. */
  static String key(Map<String, String> params) {
    if ("wbsearchentities".equals(params.get("action"))) {
      return "search-" + params.getOrDefault("search", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
    return "entities-" + params.getOrDefault("ids", "").replace('|', '-');
  }

  private void handle(HttpExchange exchange) throws IOException {
    total.incrementAndGet();
    userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
    Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
    String key = key(params);
    counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    Deque<Failure> script = failures.get(key);
    Failure failure = script == null ? null : script.poll();
    if (failure != null) {
      if (failure.retryAfter() != null) {
        exchange.getResponseHeaders().add("Retry-After", failure.retryAfter());
      }
      send(exchange, failure.status(), "{\"error\":{\"code\":\"test\",\"info\":\"scripted failure\"}}");
      return;
    }
    try (InputStream in = ReplayServer.class.getResourceAsStream("/wikidata/api/" + key + ".json")) {
      if (in != null) {
        send(exchange, 200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } else if (key.startsWith("search-")) {
        send(exchange, 200, "{\"searchinfo\":{\"search\":\"\"},\"search\":[],\"success\":1}");
      } else {
        send(exchange, 404, "no fixture for " + key);
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static Map<String, String> params(String query) {
    Map<String, String> out = new HashMap<>();
    for (String pair : query == null ? new String[0] : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
