/**
 * Evaluation of extraction against hand-made gold: the {@code facts} row format ({@link
 * org.newsgraph.eval.FactRow}, parsed by {@link org.newsgraph.eval.FactsFile}) and the scorer ({@link
 * org.newsgraph.eval.Evaluator#evaluate}) that compares predicted rows with gold rows per article and
 * micro-averaged over a set, following {@code shared/eval/FORMAT.md}: entities matched by normalised name
 * (canonical first, then surface forms), relations through that entity match (symmetric relations in either
 * direction), claims on speaker, kind and nested triple, quantities on the number. The package depends only on
 * {@code org.newsgraph.diag}; the CLI wires it to files.
 */
package org.newsgraph.eval;
