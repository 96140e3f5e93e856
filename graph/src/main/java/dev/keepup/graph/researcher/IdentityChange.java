package dev.keepup.graph.researcher;

/**
 * What a merge or split did: the researcher that now holds the authorships, the key they came
 * from, and how many authorships moved.
 */
public record IdentityChange(String into, String from, long movedAuthorships) {}
