package org.newsgraph.link;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How politely the Wikidata client behaves. {@link #defaults(String)} follows the Wikimedia API etiquette:
 * a User-Agent that names the tool and a way to reach its operator, at most one request per second, retries
 * on 429 and 5xx with exponential backoff that honours {@code Retry-After}, and responses cached on disk.
 *
 * @param userAgent sent with every request
 * @param minInterval least time between the starts of two requests
 * @param maxRetries retries after the first attempt, for 429, 5xx and connection failures
 * @param initialBackoff wait before the first retry when the server gives no {@code Retry-After}; doubles each time
 * @param maxWait longest single wait; a {@code Retry-After} asking for more stops the run instead
 * @param timeout per-request timeout
 * @param cacheDir where responses are cached; empty = no cache
 * @param cacheMaxAge how long a cached response is used before it is fetched again
 */
public record ClientSettings(String userAgent, Duration minInterval, int maxRetries, Duration initialBackoff,
    Duration maxWait, Duration timeout, Optional<Path> cacheDir, Duration cacheMaxAge) {

  /** The contact text used when the user gives none; Wikimedia asks for a real one. */
  public static final String CONTACT_PLACEHOLDER = "contact: set --contact to your e-mail or page";

  public ClientSettings {
    requireNonNull(userAgent, "userAgent");
    checkArgument(!userAgent.isBlank(), "userAgent must not be blank");
    checkArgument(!minInterval.isNegative(), "minInterval must be >= 0");
    checkArgument(maxRetries >= 0, "maxRetries must be >= 0");
    checkArgument(!initialBackoff.isNegative(), "initialBackoff must be >= 0");
    checkArgument(!maxWait.isNegative(), "maxWait must be >= 0");
    checkArgument(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
    requireNonNull(cacheDir, "cacheDir");
    checkArgument(!cacheMaxAge.isNegative(), "cacheMaxAge must be >= 0");
  }

  /** One request per second, 4 retries from 1 s, waits up to 2 min, 30 s timeout, cache in {@code cacheDir}, 7 days. */
  public static ClientSettings defaults(String contact, Optional<Path> cacheDir) {
    return new ClientSettings(userAgent(contact), Duration.ofSeconds(1), 4, Duration.ofSeconds(1),
        Duration.ofMinutes(2), Duration.ofSeconds(30), cacheDir, Duration.ofDays(7));
  }

  /** {@code newsgraph/0.1 (https://w3id.org/newsgraph; CONTACT) java-http-client}, per the Wikimedia User-Agent policy. */
  public static String userAgent(String contact) {
    String c = contact == null || contact.isBlank() ? CONTACT_PLACEHOLDER : "contact: " + contact.strip();
    return "newsgraph/0.1 (https://w3id.org/newsgraph; " + c.replaceAll("[\\r\\n()]", " ") + ") java-http-client";
  }

  public ClientSettings withMinInterval(Duration value) {
    return new ClientSettings(userAgent, value, maxRetries, initialBackoff, maxWait, timeout, cacheDir, cacheMaxAge);
  }

  public ClientSettings withBackoff(Duration value) {
    return new ClientSettings(userAgent, minInterval, maxRetries, value, maxWait, timeout, cacheDir, cacheMaxAge);
  }
}
