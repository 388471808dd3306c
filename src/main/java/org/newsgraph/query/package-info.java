/**
 * Questions asked of a built graph: SPARQL kept in {@code .rq} resources with values bound as parameters, and
 * the {@code facts} rows (the evaluation format) produced from the graph by those queries.
 */
package org.newsgraph.query;
