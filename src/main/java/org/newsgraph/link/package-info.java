/**
 * Linking entities to Wikidata: only ids known to be right (a checked list, a gazetteer entry that names the
 * public page where its id was checked, or a link a human accepted from a review file). An entity without one
 * keeps its local IRI. {@code newsgraph link --online} proposes ids for such entities through a polite client of
 * Wikidata's API ({@link org.newsgraph.link.WikidataApi}), scored by checks made only with verified ids
 * ({@code wikidata-checks.tsv}), for a human to review; {@link org.newsgraph.link.ServiceEndpoints} points the
 * federated queries of {@code queries/federated/} at another endpoint.
 */
package org.newsgraph.link;
