/**
 * Keepup's one documented configuration: {@code config/keepup.yaml} (every key commented) loaded
 * into the validated record tree {@link dev.keepup.api.config.KeepupConfig}; a bad value stops
 * start-up with a message naming the key.
 */
package dev.keepup.api.config;
