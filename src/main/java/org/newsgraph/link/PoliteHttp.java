package org.newsgraph.link;

import com.google.common.base.Ticker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Predicate;
import org.newsgraph.diag.Diagnostic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET with manners: the configured User-Agent, at most one request per {@code minInterval}, retries on 429,
 * 5xx and connection failures with exponential backoff (a {@code Retry-After} header, in seconds or as an
 * HTTP date, wins), and successful responses cached on disk. Not thread-safe: one caller at a time.
 */
final class PoliteHttp {
  private static final Logger LOG = LoggerFactory.getLogger(PoliteHttp.class);

  /** How the client waits; tests record the waits instead of sleeping. */
  interface Pause {
    void sleep(Duration d) throws InterruptedException;
  }

  private final ClientSettings settings;
  private final HttpClient http;
  private final Optional<ResponseCache> cache;
  private final Ticker ticker;
  private final Pause pause;
  private final Clock clock;
  private long lastStart;
  private boolean started;
  private int requests;

  PoliteHttp(ClientSettings settings, HttpClient http, Ticker ticker, Pause pause, Clock clock) {
    this.settings = settings;
    this.http = http;
    this.cache = settings.cacheDir().map(d -> new ResponseCache(d, settings.cacheMaxAge()));
    this.ticker = ticker;
    this.pause = pause;
    this.clock = clock;
  }

  static PoliteHttp create(ClientSettings settings) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(settings.timeout())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    return new PoliteHttp(settings, http, Ticker.systemTicker(), d -> Thread.sleep(d.toMillis()), Clock.systemUTC());
  }

  /** Requests sent over the network so far (cache hits are not requests). */
  int requests() {
    return requests;
  }

  /** The body of a 200 response to {@code url}; cached only when {@code cacheable} accepts it. */
  String get(String url, Predicate<String> cacheable) {
    Optional<String> hit = cache.flatMap(c -> c.get(url, clock.instant()));
    if (hit.isPresent()) {
      LOG.debug("cache hit {}", url);
      return hit.get();
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout())
        .header("User-Agent", settings.userAgent()).header("Accept", "application/json").GET().build();
    for (int attempt = 0; ; attempt++) {
      boolean last = attempt == settings.maxRetries();
      waitTurn();
      Optional<HttpResponse<String>> response = send(request, attempt, last);
      if (response.isEmpty()) {
        continue; // the connection failed; send() waited
      }
      if (response.get().statusCode() == 200) {
        String body = response.get().body();
        if (cache.isPresent() && cacheable.test(body)) {
          cache.get().put(url, body);
        }
        return body;
      }
      waitOrFail(url, response.get(), attempt, last);
    }
  }

  /** The response, or empty after a connection failure that may be retried (having waited the backoff). */
  private Optional<HttpResponse<String>> send(HttpRequest request, int attempt, boolean last) {
    String url = request.uri().toString();
    try {
      requests++;
      return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail(url, "interrupted", e);
    } catch (IOException e) {
      if (last) {
        throw fail(url, "cannot reach the server after " + (attempt + 1) + " attempts: " + e, e);
      }
      sleep(url, backoff(attempt), "connection failed: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Waits before retrying a 429 or 5xx; fails for other statuses, after the last retry, or for too long a wait. */
  private void waitOrFail(String url, HttpResponse<String> response, int attempt, boolean last) {
    int status = response.statusCode();
    if (status != 429 && status < 500) {
      throw fail(url, "HTTP " + status + ": " + snippet(response.body()), null);
    }
    if (last) {
      throw fail(url, "HTTP " + status + " after " + (attempt + 1) + " attempts", null);
    }
    Duration wait = retryAfter(response).orElse(backoff(attempt));
    if (wait.compareTo(settings.maxWait()) > 0) {
      throw fail(url, "HTTP " + status + ": the server asks to wait " + wait.toSeconds() + " s, more than "
          + settings.maxWait().toSeconds() + " s; try again later", null);
    }
    sleep(url, wait, "HTTP " + status);
  }

  private void waitTurn() {
    long now = ticker.read();
    if (started) {
      long due = lastStart + settings.minInterval().toNanos();
      if (now < due) {
        sleep(null, Duration.ofNanos(due - now), null);
      }
    }
    started = true;
    lastStart = ticker.read();
  }

  private void sleep(String url, Duration d, String why) {
    if (why != null) {
      LOG.info("{}: {}; retrying in {} ms", url, why, d.toMillis());
    }
    try {
      pause.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail(url == null ? "wikidata" : url, "interrupted", e);
    }
  }

  private Duration backoff(int attempt) {
    Duration d = settings.initialBackoff().multipliedBy(1L << Math.min(attempt, 20));
    return d.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : d;
  }

  /** {@code Retry-After} as seconds or as an HTTP date; empty when absent or unreadable. */
  Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> value = response.headers().firstValue("Retry-After").map(String::strip);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.get();
    if (v.matches("[0-9]{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      LOG.warn("ignoring unreadable Retry-After '{}'", v);
      return Optional.empty();
    }
  }

  private static String snippet(String body) {
    String s = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  private static LinkException fail(String url, String message, Throwable cause) {
    return new LinkException(Diagnostic.error(url, message), cause);
  }
}
