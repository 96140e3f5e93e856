/**
 * Keepup's domain values: immutable records validated at construction, with no I/O and no
 * libraries, shared by every other module: {@link dev.keepup.model.Paper} (one version of an arXiv
 * paper) and {@link dev.keepup.model.Post} (a blog post, keyed by its canonical URL).
 */
package dev.keepup.model;
