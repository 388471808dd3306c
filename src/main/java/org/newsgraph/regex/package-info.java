/**
 * Regular expressions tried only where a match can start (a capitalised word, a key word, any word), with the
 * matches of {@link java.util.regex.Matcher#find()}: the extractor's name and time patterns run over every
 * sentence, and trying them at every character was a tenth of extraction's time.
 */
package org.newsgraph.regex;
