/**
 * Keepup's domain values: immutable records validated at construction, with no I/O and no
 * libraries, shared by every other module.
 */
package dev.keepup.model;
