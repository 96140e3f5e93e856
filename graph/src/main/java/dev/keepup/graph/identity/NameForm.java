package dev.keepup.graph.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One way an author's name was written, read into the parts that identify a researcher.
 *
 * <p>Reading: TeX accents are decoded ({@code Bal\'azs} is {@code Balázs}), Unicode is put in NFC,
 * "Surname, Given" is turned round, and stray TeX ({@code \and}, {@code \\}) and trailing commas
 * go. The <b>key</b> folds the name for comparison: accents and case folded, letters without a
 * decomposition mapped ({@code ø→o}, {@code ł→l}, {@code ß→ss}), punctuation made one space, so
 * "Csaba Balázs", "Csaba Balazs" and "Balázs, Csaba" share the key {@code csaba balazs}.
 *
 * @param written the name as the source wrote it
 * @param display the name decoded and in "Given Surname" order, for people to read
 * @param key the folded full name: equal keys are the same researcher
 * @param initialsKey first initial and folded surname ({@code c balazs}): candidates for a merge
 * @param initials the folded initials of the given names, in order ({@code ["c"]})
 * @param initialsOnly whether every given name is an initial ("C. Balázs", "B. A. Hockey")
 */
public record NameForm(
    String written, String display, String key, String initialsKey, List<String> initials, boolean initialsOnly) {

  private static final Pattern INITIAL = Pattern.compile("\\p{L}{1,2}\\.|\\p{Lu}|(\\p{L}\\.-?)+\\p{L}?\\.?|\\p{Lu}{2,3}");

  /** Initials written together without dots: "JLJ", "SK". */
  private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,3}");

  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,;\\s]+|[,;\\s]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  public NameForm {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a name form needs a key: " + written);
    }
    initials = List.copyOf(initials);
  }

  /** Reads a name as written in an author list. */
  public static NameForm parse(String written) {
    String decoded = EDGE_PUNCTUATION.matcher(TexAccents.decode(written)).replaceAll("");
    String display = givenFirst(decoded);
    String[] tokens = display.split(" ");
    String surname = tokens[tokens.length - 1];
    List<String> initials = new ArrayList<>();
    boolean initialsOnly = tokens.length > 1;
    for (int i = 0; i < tokens.length - 1; i++) {
      String given = tokens[i];
      initialsOnly &= INITIAL.matcher(given).matches();
      String parts = CAPITALS.matcher(given).matches() ? String.join(" ", given.split("")) : given;
      for (String part : fold(parts).split(" ")) {
        if (!part.isEmpty()) {
          initials.add(part.substring(0, 1));
        }
      }
    }
    String key = fold(display);
    if (key.isEmpty()) {
      key = display.toLowerCase(Locale.ROOT);
    }
    String foldedSurname = fold(surname);
    String initialsKey = initials.isEmpty() ? key : initials.getFirst() + " " + foldedSurname;
    return new NameForm(written, display, key, initialsKey, initials, initialsOnly);
  }

  /**
   * Whether this initials-only form could be written for {@code full}: same surname and first
   * initial, and the initials of one are the initials of the other, or a prefix of them.
   */
  public boolean compatibleWith(NameForm full) {
    if (!initialsKey.equals(full.initialsKey)) {
      return false;
    }
    List<String> shorter = initials.size() <= full.initials.size() ? initials : full.initials;
    List<String> longer = shorter == initials ? full.initials : initials;
    return longer.subList(0, shorter.size()).equals(shorter);
  }

  /** Whether the initials of this form are exactly those of {@code full}. */
  public boolean sameInitialsAs(NameForm full) {
    return initialsKey.equals(full.initialsKey) && initials.equals(full.initials);
  }

  /** "Balázs, Csaba" becomes "Csaba Balázs"; a name with no or several commas stays as it is. */
  private static String givenFirst(String name) {
    int comma = name.indexOf(',');
    if (comma < 0 || comma != name.lastIndexOf(',')) {
      return SPACES.matcher(name.replace(",", " ").strip()).replaceAll(" ");
    }
    String surname = name.substring(0, comma).strip();
    String given = name.substring(comma + 1).strip();
    return SPACES.matcher((given + " " + surname).strip()).replaceAll(" ");
  }

  /** Folds accents, case, unmapped letters and punctuation: the comparable form of a name. */
  public static String fold(String text) {
    String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = Character.toLowerCase(decomposed.charAt(i));
      out.append(
          switch (c) {
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ı', 'ȷ' -> c == 'ı' ? "i" : "j";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            default -> Character.isLetterOrDigit(c) ? String.valueOf(c) : " ";
          });
    }
    return SPACES.matcher(out.toString().strip()).replaceAll(" ");
  }
}
