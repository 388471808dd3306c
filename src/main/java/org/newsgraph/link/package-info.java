/**
 * Linking entities to Wikidata: only ids known to be right (a checked list, or a gazetteer entry that names
 * the public page where its id was checked). An entity without one keeps its local IRI and can be linked later.
 */
package org.newsgraph.link;
