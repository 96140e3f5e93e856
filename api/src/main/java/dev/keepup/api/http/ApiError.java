package dev.keepup.api.http;

/** The one error body of the HTTP API. */
public record ApiError(String error, String detail) {}
