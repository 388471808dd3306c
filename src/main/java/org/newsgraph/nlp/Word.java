package org.newsgraph.nlp;

/**
 * What annotating a word form needs of the form alone, worked out once per form: its lower-cased form, its lemma
 * and the tagger's summed weights ({@link GreedyTagger#vectorsOf}, or null when the tagger scores every token
 * itself). The strings are shared by every token of the form, so their hash codes are computed once too.
 */
record Word(String text, String lower, String lemma, double[] vectors) {}
