/**
 * Diagnostics: positioned messages about bad input ({@code file:line:col: error: message}), shared by every
 * stage so that a run reports everything it skipped instead of stopping at the first problem.
 */
package org.newsgraph.diag;
