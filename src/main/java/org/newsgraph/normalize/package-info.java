/**
 * Normalisation of time and quantity expressions in English news sentences: {@link
 * org.newsgraph.normalize.TimeNormalizer} resolves dates, months, years, ranges and relative
 * expressions against an article's publication date, and {@link
 * org.newsgraph.normalize.QuantityNormalizer} turns amounts, bounds, money and counted nouns into
 * numbers with a unit. Every lexicon (number words, months, hedges, bounds, currencies, units,
 * plural rules) is a plain-text data file in this package's resource folder that users can extend
 * without recompiling; the normalizers load them once into immutable structures and are safe to
 * share between threads.
 */
package org.newsgraph.normalize;
