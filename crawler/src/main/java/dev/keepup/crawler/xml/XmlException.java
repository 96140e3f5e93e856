package dev.keepup.crawler.xml;

/** XML that cannot be parsed safely: not well-formed, or carrying a DTD or entities. */
public final class XmlException extends Exception {
  public XmlException(String message, Throwable cause) {
    super(message, cause);
  }
}
