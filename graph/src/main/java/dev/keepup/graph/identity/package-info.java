/**
 * Reading author names: {@link dev.keepup.graph.identity.NameForm} decodes TeX accents, normalises
 * Unicode and "Surname, Given" order and folds a name into the keys that decide who is who. Pure
 * functions, no database; the rule that uses them at ingest lives in {@code
 * dev.keepup.graph.ResearcherResolver}. To handle a new way of writing names, add a case to {@code
 * TexAccents} or {@code NameForm} and a real example to {@code NameFormTest}.
 */
package dev.keepup.graph.identity;
