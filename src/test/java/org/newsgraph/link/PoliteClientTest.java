package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Ticker;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Wikidata client's manners, against the local replay server, with a fake clock: the waits are
 * recorded, not slept, so the asserted durations are exact.
 */
final class PoliteClientTest {
  private static final Duration S1 = Duration.ofSeconds(1);
  @TempDir Path dir;
  private final ReplayServer replay = new ReplayServer();
  private final List<Duration> pauses = new ArrayList<>();
  private long nanos;
  private final Ticker ticker = new Ticker() {
    @Override
    public long read() {
      return nanos;
    }
  };

  @AfterEach
  void stop() {
    replay.close();
  }

  private WikidataApi api(Optional<Path> cache, Clock clock) {
    ClientSettings settings = ClientSettings.defaults("test@example.org", cache);
    PoliteHttp http = new PoliteHttp(settings, HttpClient.newHttpClient(), ticker, d -> {
      pauses.add(d);
      nanos += d.toNanos();
    }, clock);
    return new WikidataApi(replay.endpoint(), http);
  }

  private WikidataApi api() {
    return api(Optional.empty(), Clock.systemUTC());
  }

  @Test
  void userAgentNamesNewsgraphAndAContact() {
    api().search("Rajin");
    assertEquals(List.of("newsgraph/0.1 (https://w3id.org/newsgraph; contact: test@example.org) java-http-client"),
        replay.userAgents());
    assertEquals("newsgraph/0.1 (https://w3id.org/newsgraph; contact: set --contact to your e-mail or page) java-http-client",
        ClientSettings.userAgent(null));
  }

  @Test
  void atMostOneRequestPerSecond() {
    WikidataApi api = api();
    api.search("Rajin");
    api.search("artillery shell");
    api.entities(List.of("Q9000000021", "Q9000000022"));
    assertEquals(3, replay.total());
    assertEquals(List.of(S1, S1), pauses, "the first request goes at once, each next one a second after the last");
  }

  @Test
  void tooManyRequestsThenOkHonoursRetryAfter() {
    replay.failNext("search-kim-kyou-hyun", 429, "7");
    ImmutableListAssert.ids(List.of("Q9000000011", "Q9000000012"), api().search("Kim Kyou-hyun"));
    assertEquals(2, replay.count("search-kim-kyou-hyun"));
    assertEquals(List.of(Duration.ofSeconds(7)), pauses, "Retry-After wins over the backoff; the rate limit is already met");
  }

  @Test
  void retryAfterAsAnHttpDate() {
    replay.failNext("search-rajin", 429, "Thu, 26 Nov 2026 02:30:10 GMT");
    Clock clock = Clock.fixed(Instant.parse("2026-11-26T02:30:00Z"), ZoneOffset.UTC);
    api(Optional.empty(), clock).search("Rajin");
    assertEquals(List.of(Duration.ofSeconds(10)), pauses);
  }

  @Test
  void serviceUnavailableThenOkBacksOffExponentially() {
    replay.failNext("search-rajin", 503, null).failNext("search-rajin", 502, null);
    assertEquals(3, api().search("Rajin").size());
    assertEquals(3, replay.count("search-rajin"));
    assertEquals(List.of(S1, Duration.ofSeconds(2)), pauses);
  }

  @Test
  void givesUpAfterTheLastRetry() {
    for (int i = 0; i < 5; i++) {
      replay.failNext("search-rajin", 503, null);
    }
    LinkException e = assertThrows(LinkException.class, () -> api().search("Rajin"));
    assertTrue(e.getMessage().endsWith(": error: HTTP 503 after 5 attempts"), e.getMessage());
    assertEquals(5, replay.count("search-rajin"));
    assertEquals(List.of(S1, Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)), pauses);
  }

  @Test
  void aRetryAfterLongerThanTheLimitStopsTheRun() {
    replay.failNext("search-rajin", 429, "3600");
    LinkException e = assertThrows(LinkException.class, () -> api().search("Rajin"));
    assertTrue(e.getMessage().endsWith(
        ": error: HTTP 429: the server asks to wait 3600 s, more than 120 s; try again later"), e.getMessage());
    assertEquals(1, replay.count("search-rajin"));
    assertEquals(List.of(), pauses);
  }

  @Test
  void otherClientErrorsAreNotRetried() {
    LinkException e = assertThrows(LinkException.class, () -> api().entities(List.of("Q9000000098")));
    assertTrue(e.getMessage().endsWith(": error: HTTP 404: no fixture for entities-Q9000000098"), e.getMessage());
    assertEquals(1, replay.total());
  }

  @Test
  void aCachedResponseIsNotRequestedAgain() {
    Optional<Path> cache = Optional.of(dir.resolve("cache"));
    WikidataApi first = api(cache, Clock.systemUTC());
    assertEquals(3, first.search("Rajin").size());
    assertEquals(1, first.requests());
    WikidataApi second = api(cache, Clock.systemUTC());
    assertEquals(3, second.search("Rajin").size(), "the cached answer");
    assertEquals(0, second.requests());
    assertEquals(1, replay.count("search-rajin"), "the replay server saw one request only");
  }

  @Test
  void anApiErrorIsReportedAndNotCached() {
    WikidataApi api = api(Optional.of(dir.resolve("cache")), Clock.systemUTC());
    for (int i = 0; i < 2; i++) {
      LinkException e = assertThrows(LinkException.class, () -> api.entities(List.of("Q9000000099")));
      assertTrue(e.getMessage().endsWith(": error: API error no-such-entity: Could not find an entity with the ID"
          + " \"Q9000000099\". (made-up test response)"), e.getMessage());
    }
    assertEquals(2, replay.count("entities-Q9000000099"));
  }

  @Test
  void readsSearchHitsAndItemClaims() {
    WikidataApi api = api();
    List<SearchHit> hits = api.search("Rajin");
    assertEquals(new SearchHit("Q221734", "Rason", "city in North Korea (test description)", "alias", "Rajin"), hits.get(2));
    WikidataItem kim = api.entities(List.of("Q9000000011", "Q9000000012")).get("Q9000000012");
    assertEquals("Kim Kyu-hyun", kim.label());
    assertEquals(List.of("Q159"), kim.values("P27"), "the deprecated statement is left out");
    assertEquals(Set.of("P31", "P27"), kim.claims().keySet());
  }

  /** Small assertion helper. */
  static final class ImmutableListAssert {
    static void ids(List<String> expected, List<SearchHit> hits) {
      assertEquals(expected, hits.stream().map(SearchHit::id).toList());
    }
  }
}
