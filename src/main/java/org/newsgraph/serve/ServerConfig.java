package org.newsgraph.serve;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Settings of a {@link NewsgraphServer}. {@link #defaults()} is safe: loopback only, read-only, no remote
 * {@code SERVICE}, a 10 s query timeout and a 10,000-row cap. Change settings with {@link #toBuilder()}.
 *
 * @param port TCP port; 0 picks any free port
 * @param bindAddress address to listen on; default {@code 127.0.0.1} (loopback: nothing outside this
 *     machine can reach the server unless the caller asks for {@code 0.0.0.0} or a public address)
 * @param idBase base of the minted IRIs that {@code /id/...} dereferences, ends with {@code /id/}
 * @param timeout server-side query timeout; a client's {@code ?timeout=} can lower it, not raise it
 * @param maxRows row cap of SELECT results ({@code 0} = no cap); a capped result carries the header
 *     {@value #TRUNCATED_HEADER}
 * @param allowedServiceHosts host names that {@code SERVICE} may call (lower case); empty = none
 * @param allowUpdate whether SPARQL Update and the Graph Store Protocol are served
 * @param maxBodyBytes largest request body accepted (larger: 413)
 * @param maxUrlLength longest request URL, path plus query string, accepted (longer: 414)
 * @param maxConcurrentQueries how many expensive queries run at once (cheap queries are not counted)
 * @param quiet whether the per-request log line is suppressed
 * @param queriesDir directory of example {@code .rq} files offered on the query page
 */
public record ServerConfig(
    int port,
    String bindAddress,
    String idBase,
    Duration timeout,
    int maxRows,
    Set<String> allowedServiceHosts,
    boolean allowUpdate,
    long maxBodyBytes,
    int maxUrlLength,
    int maxConcurrentQueries,
    boolean quiet,
    Optional<Path> queriesDir) {

  /** Response header set when a result was cut at {@link #maxRows()} rows; its value is the cap. */
  public static final String TRUNCATED_HEADER = "X-Newsgraph-Truncated";

  /** The default data base IRI (see docs/DATA-MODEL.md). */
  public static final String DEFAULT_ID_BASE = "https://w3id.org/newsgraph/id/";

  /** Validates and normalises (host names lower-cased, sets copied). */
  public ServerConfig {
    checkArgument(port >= 0 && port <= 65535, "port out of range: %s", port);
    requireNonNull(bindAddress, "bindAddress");
    requireNonNull(idBase, "idBase");
    checkArgument(idBase.endsWith("/id/"), "idBase must end with /id/: %s", idBase);
    requireNonNull(timeout, "timeout");
    checkArgument(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
    checkArgument(maxRows >= 0, "maxRows must be >= 0");
    allowedServiceHosts =
        allowedServiceHosts.stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(ImmutableSet.toImmutableSet());
    checkArgument(maxBodyBytes > 0, "maxBodyBytes must be positive");
    checkArgument(maxUrlLength > 0, "maxUrlLength must be positive");
    checkArgument(maxConcurrentQueries > 0, "maxConcurrentQueries must be positive");
    requireNonNull(queriesDir, "queriesDir");
  }

  /** Port 0, loopback, default base, 10 s, 10,000 rows, no SERVICE, read-only, 1 MiB, 8 KiB, 4. */
  public static ServerConfig defaults() {
    return new ServerConfig(
        0, "127.0.0.1", DEFAULT_ID_BASE, Duration.ofSeconds(10), 10_000, Set.of(), false,
        1L << 20, 8 * 1024, 4, false, Optional.empty());
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes some settings of a {@link ServerConfig}. */
  public static final class Builder {
    private int port;
    private String bindAddress;
    private String idBase;
    private Duration timeout;
    private int maxRows;
    private Set<String> allowedServiceHosts;
    private boolean allowUpdate;
    private long maxBodyBytes;
    private int maxUrlLength;
    private int maxConcurrentQueries;
    private boolean quiet;
    private Optional<Path> queriesDir;

    private Builder(ServerConfig c) {
      port = c.port;
      bindAddress = c.bindAddress;
      idBase = c.idBase;
      timeout = c.timeout;
      maxRows = c.maxRows;
      allowedServiceHosts = c.allowedServiceHosts;
      allowUpdate = c.allowUpdate;
      maxBodyBytes = c.maxBodyBytes;
      maxUrlLength = c.maxUrlLength;
      maxConcurrentQueries = c.maxConcurrentQueries;
      quiet = c.quiet;
      queriesDir = c.queriesDir;
    }

    public Builder port(int value) { port = value; return this; }
    public Builder bindAddress(String value) { bindAddress = value; return this; }
    public Builder idBase(String value) { idBase = value; return this; }
    public Builder timeout(Duration value) { timeout = value; return this; }
    public Builder maxRows(int value) { maxRows = value; return this; }
    public Builder allowedServiceHosts(Collection<String> value) {
      allowedServiceHosts = ImmutableSet.copyOf(value);
      return this;
    }
    public Builder allowUpdate(boolean value) { allowUpdate = value; return this; }
    public Builder maxBodyBytes(long value) { maxBodyBytes = value; return this; }
    public Builder maxUrlLength(int value) { maxUrlLength = value; return this; }
    public Builder maxConcurrentQueries(int value) { maxConcurrentQueries = value; return this; }
    public Builder quiet(boolean value) { quiet = value; return this; }
    public Builder queriesDir(Path value) { queriesDir = Optional.ofNullable(value); return this; }

    /** The validated configuration. */
    public ServerConfig build() {
      return new ServerConfig(port, bindAddress, idBase, timeout, maxRows, allowedServiceHosts,
          allowUpdate, maxBodyBytes, maxUrlLength, maxConcurrentQueries, quiet, queriesDir);
    }
  }
}
