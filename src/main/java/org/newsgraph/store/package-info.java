/**
 * Where built graphs live: in memory by default, TDB2 on disk with {@code --location}; and views of them as
 * the server and queries see them (the union of the named graphs as the default graph).
 */
package org.newsgraph.store;
