/**
 * The server: the built graph served by embedded Apache Jena Fuseki as a read-only, hardened SPARQL 1.1
 * query endpoint ({@code /sparql}, with a service description), a VoID description
 * ({@code /.well-known/void}), linked-data documents for every minted IRI ({@code /id/...}) and a small
 * query page at {@code /}; entity pages draw their neighbourhood as a graph (cytoscape.js, bundled from its
 * WebJar and served at {@code /assets/}, data from {@code /graph/neighbourhood}), and {@code /timeline}
 * puts the dated events on a time axis. The entry points are {@link org.newsgraph.serve.ServerConfig} and
 * {@link org.newsgraph.serve.NewsgraphServer}; everything else is package-private.
 *
 * <h2>Choices</h2>
 * <ul>
 *   <li><b>Linked data: direct 200, not 303.</b> {@code GET /id/X} answers with the document about
 *       {@code {idBase}X} itself, {@code Vary: Accept}; w3id.org's redirect already separates the IRI
 *       from the server, and a second hop would only add latency. Turtle, JSON-LD, N-Triples, RDF/XML,
 *       TriG, N-Quads or HTML ({@code ?format=} overrides {@code Accept}); unknown: 404; unacceptable: 406.
 *   <li><b>Pages, not whole lists.</b> What a thing says, what points at it and the claims about it come 25
 *       rows a page ({@code ?page=N}; {@code Link: rel="next"} on the RDF documents), each list counted up
 *       to 500. Each list is a query without ORDER BY or a store-wide DISTINCT, read from the indexes in
 *       index order, so a page costs the same at one article or 100,000 (before: 10 s and a timeout from
 *       10,000 articles). An entity's relations are listed as its claims: the union repeats each relation
 *       in every claim graph that states it, and a list of distinct relations would read all the repeats.
 *   <li><b>UI: a plain HTML page, not the Fuseki UI.</b> jena-fuseki-ui 5.6.0 resolves, but it needs
 *       Fuseki's admin module ({@code /$/datasets}, {@code /$/server}), which also creates, deletes and
 *       uploads datasets, and it expects endpoints under {@code /{dataset}/}; both conflict with a
 *       read-only server whose endpoint is {@code /sparql}. The page needs no script.
 *   <li><b>Pictures: cytoscape.js from a WebJar, no CDN.</b> {@code org.webjars.npm:cytoscape} comes from
 *       Maven Central like every other dependency and travels in the jar; its file is served from
 *       {@code /assets/}. Every page has a Content-Security-Policy allowing only this server's scripts and
 *       styles (no inline ones). The graph is an addition: its panel is hidden until the script runs, and
 *       the server-rendered tables stay. The timeline is server-rendered SVG.
 *   <li><b>Union default graph</b>: TDB2 through {@code TDB2.symUnionDefaultGraph}; any other dataset
 *       through a view whose default graph is the union of the named graphs.
 *   <li><b>Read-only</b>: only the query operation is registered (update and Graph Store Protocol only
 *       with {@code allowUpdate}); other methods and paths get 4xx from Fuseki.
 *   <li><b>Timeout</b>: {@code ARQ.queryTimeout} on the dataset context; Fuseki takes the smaller of it
 *       and the client's {@code ?timeout=}. {@code REGEX} is rewritten to a matcher the timeout can stop.
 *   <li><b>Row cap</b>: SELECT gets {@code LIMIT maxRows+1}; the rows are read before the first byte is
 *       written, so a cut result is still valid and says so in {@code X-Newsgraph-Truncated}.
 *   <li><b>SERVICE</b>: refused (400) before execution when the IRI's host is not allowed, and again in
 *       the service-executor chain (for {@code SERVICE ?var}) before any connection is opened.
 *   <li><b>Concurrency</b>: expensive queries (see {@code QueryPolicy}) share {@code maxConcurrentQueries}
 *       permits (503 with {@code Retry-After} when none frees within 0.5 s); cheap ones never wait.
 *   <li><b>Sizes</b>: URL longer than {@code maxUrlLength}: 414; body over {@code maxBodyBytes}: 413
 *       (declared length in a filter, chunked bodies by Jetty's size-limit handler).
 *   <li><b>Output buffer</b>: 32 KiB instead of Fuseki 5.6.0's 5 MiB per response (apache/jena#4084).
 *       A streamed result that fails after the first buffer was sent aborts the connection.
 * </ul>
 */
package org.newsgraph.serve;
