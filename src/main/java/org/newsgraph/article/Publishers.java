package org.newsgraph.article;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** Publishers by domain, from {@code publishers.tsv}; a domain also covers its subdomains. */
final class Publishers {

  /** A publisher's name, and the zone its timestamps are in when they carry none. */
  record Publisher(String name, Optional<ZoneId> zone) {}

  private final ImmutableMap<String, Publisher> byDomain;

  private Publishers(ImmutableMap<String, Publisher> byDomain) {
    this.byDomain = byDomain;
  }

  static Publishers load() {
    ImmutableMap.Builder<String, Publisher> byDomain = ImmutableMap.builder();
    DataFiles.table("publishers.tsv").forEach((domain, columns) -> byDomain.put(
        domain.toLowerCase(Locale.ROOT),
        new Publisher(columns.get(0).strip(), zone(columns))));
    return new Publishers(byDomain.buildOrThrow());
  }

  private static Optional<ZoneId> zone(ImmutableList<String> columns) {
    return columns.size() > 1 && !columns.get(1).isBlank() ? Optional.of(ZoneId.of(columns.get(1).strip()))
        : Optional.empty();
  }

  /** The publisher of an e-mail address or host name: the longest listed domain that it ends with. */
  Optional<Publisher> byAddress(String address) {
    String host = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    while (true) {
      Publisher publisher = byDomain.get(host);
      if (publisher != null) {
        return Optional.of(publisher);
      }
      int dot = host.indexOf('.');
      if (dot < 0) {
        return Optional.empty();
      }
      host = host.substring(dot + 1);
    }
  }
}
