/**
 * Safe parsing of untrusted XML. Every XML reader in the crawler (Rome feeds, OAI-PMH pages, OPML)
 * goes through {@link dev.keepup.crawler.xml.SecureXml}, which refuses document type declarations
 * and so every kind of entity attack. To parse a new XML format, get a JDOM document from {@code
 * SecureXml.parse} and walk it; never build a parser of your own.
 */
package dev.keepup.crawler.xml;
