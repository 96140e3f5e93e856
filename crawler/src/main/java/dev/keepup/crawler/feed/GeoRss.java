package dev.keepup.crawler.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/**
 * Checks the GeoRSS of a well-formed feed against the GeoRSS specification (georss.org): a {@code
 * georss:point} is one "lat lon" pair, a {@code line} two pairs or more, a {@code polygon} a closed
 * ring of four pairs or more (the last equal to the first), a {@code box} two pairs; GML geometry
 * belongs inside {@code georss:where} and its {@code pos}/{@code posList} hold whole positions. A
 * feed that breaks these is readable but ill-formed, as the Universal Feed Parser flags it (its
 * {@code bozo}). Keepup keeps no geometry; this only tells the truth about the feed.
 */
final class GeoRss {

  static final Namespace GEORSS = Namespace.getNamespace("http://www.georss.org/georss");
  static final Namespace GML = Namespace.getNamespace("http://www.opengis.net/gml");

  private static final List<String> GML_GEOMETRIES = List.of("Point", "LineString", "Polygon", "Envelope");
  private static final List<String> SHAPES = List.of("point", "line", "polygon", "box");

  private GeoRss() {}

  /** What is wrong with the GeoRSS under {@code root}; empty when nothing is (or there is none). */
  static List<String> problems(Element root) {
    List<String> problems = new ArrayList<>();
    for (Element e : root.getDescendants(Filters.element())) {
      if (e.getNamespace().equals(GEORSS) && SHAPES.contains(e.getName())) {
        String wrong = simple(e.getName(), numbers(e.getText()));
        if (wrong != null) {
          problems.add("GeoRSS " + e.getName() + ": " + wrong);
        }
      } else if (e.getNamespace().equals(GML)) {
        String wrong = gml(e);
        if (wrong != null) {
          problems.add("GML " + e.getName() + ": " + wrong);
        }
      }
    }
    return problems;
  }

  /** What is wrong with a GeoRSS Simple shape of these coordinates, or null. */
  private static String simple(String shape, double[] c) {
    if (c == null) {
      return "coordinates that are not numbers";
    }
    return switch (shape) {
      case "point" -> c.length == 2 ? null : "a point needs one pair of coordinates, got " + c.length + " numbers";
      case "line" -> c.length >= 4 && c.length % 2 == 0 ? null : "a line needs two pairs or more, got " + c.length + " numbers";
      case "box" -> c.length == 4 ? null : "a box needs two pairs, got " + c.length + " numbers";
      case "polygon" -> c.length >= 8 && c.length % 2 == 0 && closed(c) ? null
          : "a polygon needs a closed ring of four pairs or more, got " + c.length + " numbers";
      default -> throw new IllegalArgumentException("not a GeoRSS shape: " + shape);
    };
  }

  private static String gml(Element e) {
    if (GML_GEOMETRIES.contains(e.getName()) && !inWhere(e)) {
      return "GML geometry outside georss:where";
    }
    if (!e.getName().equals("pos") && !e.getName().equals("posList")) {
      return null;
    }
    double[] c = numbers(e.getText());
    int dimension = dimension(e);
    if (c == null || c.length == 0 || c.length % dimension != 0) {
      return "positions of " + dimension + " numbers expected, got " + (c == null ? "text" : c.length + " numbers");
    }
    return e.getName().equals("pos") && c.length != dimension ? "one position expected, got " + c.length / dimension : null;
  }

  private static boolean inWhere(Element e) {
    for (Element p = e.getParentElement(); p != null; p = p.getParentElement()) {
      if (p.getNamespace().equals(GEORSS) && p.getName().equals("where")) {
        return true;
      }
    }
    return false;
  }

  /** The {@code srsDimension} of the nearest element that states it; 2 when none does. */
  private static int dimension(Element e) {
    for (Element p = e; p != null; p = p.getParentElement()) {
      String d = p.getAttributeValue("srsDimension");
      if (d != null && d.strip().matches("[1-9]")) {
        return Integer.parseInt(d.strip());
      }
    }
    return 2;
  }

  private static boolean closed(double[] c) {
    return c[0] == c[c.length - 2] && c[1] == c[c.length - 1];
  }

  /** The numbers of a white-space separated list, or null when one is not a number. */
  private static double[] numbers(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return new double[0];
    }
    try {
      return Arrays.stream(t.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
