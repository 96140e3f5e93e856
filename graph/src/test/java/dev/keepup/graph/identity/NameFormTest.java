package dev.keepup.graph.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFormTest {

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "C. Bal\\'azs | C. Balázs",
        "Csaba Bal\\'{a}zs | Csaba Balázs",
        "{\\'E}mile Borel | Émile Borel",
        "Nguy\\~ên | Nguyễn",
        "Tolúl\\d{o}pé Ògúnrèmí | Tolúlọpé Ògúnrèmí",
        "Ramazan Tek\\D{j}n | Ramazan Tekj̣n",
        "\\and Michiel D'Haene | Michiel D'Haene",
        "\\\\Ajinkya Umesh Mulik | Ajinkya Umesh Mulik",
        "Sathyanarayanan N. Aakur\\\\ | Sathyanarayanan N. Aakur",
        "Bal\\'azs, Csaba | Csaba Balázs",
        "C. L. Webber, | C. L. Webber",
        "Ron Daniel, | Ron Daniel",
        "Kurt G\\\"odel | Kurt Gödel",
        "Pawe{\\l} Nowak | Paweł Nowak",
        "Se\\'{\\i}n O'Brien | Seín O'Brien",
      })
  void decodesTexAndOrder(String written, String display) {
    assertThat(NameForm.parse(written).display()).isEqualTo(display);
  }

  @Test
  void accentsCaseAndOrderShareOneKey() {
    assertThat(NameForm.parse("Csaba Balázs").key())
        .isEqualTo(NameForm.parse("Csaba Balazs").key())
        .isEqualTo(NameForm.parse("Bal\\'azs, Csaba").key())
        .isEqualTo(NameForm.parse("CSABA BALÁZS").key())
        .isEqualTo("csaba balazs");
  }

  @Test
  void lettersWithoutDecompositionFoldToo() {
    assertThat(NameForm.parse("Søren Łukasz Weiß").key()).isEqualTo("soren lukasz weiss");
  }

  @Test
  void initialsFormsAreRecognisedButShortNamesAreNot() {
    assertThat(NameForm.parse("C. Balázs").initialsOnly()).isTrue();
    assertThat(NameForm.parse("B. A. Hockey").initialsOnly()).isTrue();
    assertThat(NameForm.parse("JLJ Laredo").initialsOnly()).isTrue();
    assertThat(NameForm.parse("J.-P. Sartre").initialsOnly()).isTrue();
    assertThat(NameForm.parse("Bo Li").initialsOnly()).isFalse();
    assertThat(NameForm.parse("Csaba Balázs").initialsOnly()).isFalse();
    assertThat(NameForm.parse("Stuart M. Shieber").initialsOnly()).isFalse();
    assertThat(NameForm.parse("Katrina").initialsOnly()).isFalse();
  }

  @Test
  void initialsMatchFullNamesWithTheSameInitialsOrAPrefix() {
    NameForm initials = NameForm.parse("P. A. Castillo");
    assertThat(initials.initialsKey()).isEqualTo("p castillo");
    assertThat(initials.sameInitialsAs(NameForm.parse("Pedro A. Castillo"))).isTrue();
    assertThat(initials.compatibleWith(NameForm.parse("Pedro Castillo"))).isTrue();
    assertThat(initials.sameInitialsAs(NameForm.parse("Pedro Castillo"))).isFalse();
    assertThat(initials.compatibleWith(NameForm.parse("Pedro J. Castillo"))).isFalse();
    assertThat(NameForm.parse("B. A. Hockey").sameInitialsAs(NameForm.parse("Beth Ann Hockey"))).isTrue();
    assertThat(NameForm.parse("JLJ Laredo").initials()).containsExactly("j", "l", "j");
  }
}
