package org.newsgraph.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.net.InetAddresses;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.newsgraph.diag.Diagnostic;
import org.newsgraph.link.ClientSettings;
import org.newsgraph.link.LinkException;
import org.newsgraph.link.Proposal;
import org.newsgraph.link.Proposer;
import org.newsgraph.link.ReviewFile;
import org.newsgraph.link.ReviewedLinks;
import org.newsgraph.link.UnlinkedEntities;
import org.newsgraph.link.UnlinkedEntity;
import org.newsgraph.link.VerifiedIds;
import org.newsgraph.link.WikidataApi;
import org.newsgraph.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph link}: list unlinked entities; propose Wikidata ids online for review; apply the reviewed ones. */
@Command(name = "link", mixinStandardHelpOptions = true,
    description = {"Wikidata ids for entities that have none. Without options: list them (offline).",
        "--online asks Wikidata's API (search by name, then class and country checks) and writes proposals with a score "
            + "to a review file; nothing is linked. A human writes accept in the decision column of the right rows; "
            + "--apply adds those to the reviewed-links file, which every later build honours."},
    footer = {"", "Examples:", "  newsgraph link articles/",
        "  newsgraph link articles/ --online --contact you@example.org",
        "  newsgraph link --apply link-review.tsv"})
final class LinkCommand implements Callable<Integer> {
  private static final int POLITE_INTERVAL_MS = 1000;

  @picocli.CommandLine.ParentCommand NewsgraphCommand parent;
  @Mixin GraphOptions graph;

  @picocli.CommandLine.Parameters(index = "0..*", paramLabel = "ARTICLE|DIR", arity = "0..*",
      description = "Article files or folders of *.txt files (default: the articles/ folder here).")
  void inputs(java.util.List<Path> in) {
    graph.inputs = new java.util.ArrayList<>(in);
  }

  @Option(names = "--data", paramLabel = "FILE", description = "A TriG or N-Quads file written by 'build', instead of articles.")
  Path data;

  @Option(names = "--online", description = "Ask Wikidata's API for candidates (off by default).")
  boolean online;

  @Option(names = "--review", paramLabel = "FILE", description = "Where --online writes proposals (default: ${DEFAULT-VALUE}).")
  Path review = Path.of("link-review.tsv");

  @Option(names = "--apply", paramLabel = "FILE", description = "Add the rows of this review file marked accept to the reviewed links.")
  Path apply;

  @Option(names = "--links", paramLabel = "FILE",
      description = "The reviewed-links file --apply writes (default: links/reviewed-links.tsv, or -Dnewsgraph.reviewed-links).")
  Path links;

  @Option(names = "--endpoint", paramLabel = "URL", description = "Wikidata API (default: ${DEFAULT-VALUE}).")
  String endpoint = WikidataApi.DEFAULT_ENDPOINT;

  @Option(names = "--contact", paramLabel = "TEXT", description = "Your e-mail or page, sent in the User-Agent as Wikimedia asks.")
  String contact;

  @Option(names = "--cache", paramLabel = "DIR", description = "Response cache (default: ~/.cache/newsgraph/wikidata).")
  Path cache;

  @Option(names = "--no-cache", description = "Do not read or write the response cache.")
  boolean noCache;

  @Option(names = "--min-interval-ms", paramLabel = "MS",
      description = "Least time between two requests (default: ${DEFAULT-VALUE}; below 1000 only for a local endpoint).")
  long minIntervalMs = POLITE_INTERVAL_MS;

  @Override
  public Integer call() {
    Io io = parent.io;
    if (online && apply != null) {
      throw new UsageException("--online and --apply are separate steps: a human reviews the proposals in between");
    }
    if (apply != null) {
      return apply(io);
    }
    Optional<ClientSettings> settings = online ? Optional.of(settings()) : Optional.empty(); // usage errors before the build
    Iris iris = Iris.of(graph.base);
    Dataset ds = data != null ? DataFiles.read(data) : graph.build(io).dataset();
    ImmutableList<UnlinkedEntity> unlinked = UnlinkedEntities.find(ds, iris);
    if (!online) {
      io.out.println("entity\tlabel\ttype\tcountries");
      unlinked.forEach(e -> io.out.println(String.join("\t", e.path(), e.label(), e.type().ontologyClass(),
          String.join("|", e.countries()))));
      io.note(unlinked.size() + " entities without a Wikidata link; 'newsgraph link --online' proposes ids for them");
      return Main.OK;
    }
    return propose(io, ds, iris, unlinked, settings.get());
  }

  private ClientSettings settings() {
    URI uri = checkEndpoint();
    if (minIntervalMs < 0) {
      throw new UsageException("--min-interval-ms must be >= 0");
    }
    if (minIntervalMs < POLITE_INTERVAL_MS && !isLoopback(uri)) {
      throw new UsageException("--min-interval-ms below " + POLITE_INTERVAL_MS + " is only for a local endpoint: "
          + "Wikidata asks for at most one request per second");
    }
    Optional<Path> cacheDir = noCache ? Optional.empty()
        : Optional.of(cache != null ? cache : Path.of(System.getProperty("user.home"), ".cache", "newsgraph", "wikidata"));
    return ClientSettings.defaults(contact, cacheDir).withMinInterval(Duration.ofMillis(minIntervalMs));
  }

  private int propose(Io io, Dataset ds, Iris iris, ImmutableList<UnlinkedEntity> unlinked, ClientSettings settings) {
    WikidataApi api = WikidataApi.create(endpoint, settings);
    try {
      ImmutableList<Proposal> proposals = Proposer.create(api, VerifiedIds.load())
          .propose(unlinked, UnlinkedEntities.linkedIds(ds, iris));
      ReviewFile.write(review, proposals, endpoint);
      long entities = proposals.stream().map(p -> p.entity().path()).distinct().count();
      io.note(proposals.size() + " proposals for " + entities + " of " + unlinked.size() + " unlinked entities written to "
          + review + " (" + api.requests() + " requests); mark the right rows accept, then: newsgraph link --apply " + review);
      return Main.OK;
    } catch (LinkException e) {
      throw new InputException(e.diagnostic());
    }
  }

  private int apply(Io io) {
    Path target = links != null ? links : ReviewedLinks.location();
    ReviewFile.Applied applied;
    try {
      applied = ReviewFile.apply(apply, target);
    } catch (LinkException e) {
      throw new InputException(e.diagnostic());
    }
    applied.diagnostics().stream().map(Diagnostic::render).forEach(io.err::println);
    if (applied.hasErrors()) {
      io.note("nothing written to " + target);
      return Main.BAD_INPUT;
    }
    io.note(applied.added() + " reviewed link" + (applied.added() == 1 ? "" : "s") + " added to " + target
        + (applied.unchanged() > 0 ? " (" + applied.unchanged() + " already there)" : "")
        + "; builds now add them as owl:sameAs");
    return Main.OK;
  }

  private URI checkEndpoint() {
    try {
      URI uri = URI.create(endpoint);
      if (uri.getHost() != null && uri.isAbsolute() && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new UsageException("--endpoint must be an http(s) URL: '" + endpoint + "'");
  }

  /** Without a DNS look-up: {@code localhost} or a loopback address literal. */
  private static boolean isLoopback(URI uri) {
    String host = uri.getHost().replaceAll("^\\[|\\]$", "");
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    return InetAddresses.isInetAddress(host) && InetAddresses.forString(host).isLoopbackAddress();
  }
}
