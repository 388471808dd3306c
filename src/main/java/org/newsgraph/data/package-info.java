/**
 * Where the data files come from: the bundled ones on the class path, extended by a user's folder
 * ({@code newsgraph --data-dir DIR}) without rebuilding.
 */
package org.newsgraph.data;
