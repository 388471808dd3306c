package org.newsgraph.extract;

import java.util.function.Function;

/**
 * The result of a function for the last argument it was asked about, by identity: a sentence's quantities, times
 * and ordinals are asked for once per frame of the sentence and computed once. For one article on one thread.
 */
final class LastResult<K, V> {
  private K key;
  private V value;

  V get(K k, Function<K, V> f) {
    if (k != key) {
      value = f.apply(k);
      key = k;
    }
    return value;
  }
}
