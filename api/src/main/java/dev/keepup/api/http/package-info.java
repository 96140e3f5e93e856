/**
 * The HTTP JSON API (Javalin): routes declared in {@code HttpApi}, errors mapped once to
 * {@code {"error": …, "detail": …}} bodies, views as records.
 */
package dev.keepup.api.http;
