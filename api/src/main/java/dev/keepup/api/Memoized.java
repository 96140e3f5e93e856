package dev.keepup.api;

import java.util.function.Supplier;

/** A value built on first use, once, however many threads ask. */
final class Memoized<T> implements Supplier<T> {

  private final Supplier<T> build;
  private volatile T value;

  Memoized(Supplier<T> build) {
    this.build = build;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = build.get();
          value = v;
        }
      }
    }
    return v;
  }
}
