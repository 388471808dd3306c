/**
 * Sentence splitting, tokenisation, part-of-speech tagging and lemmatisation with the OpenNLP English models,
 * corrected by data files (abbreviations that must not end a sentence, irregular verb forms). The models load
 * once and the {@link org.newsgraph.nlp.Annotator} is shared by all threads.
 */
package org.newsgraph.nlp;
