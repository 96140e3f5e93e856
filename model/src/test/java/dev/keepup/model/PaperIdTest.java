package dev.keepup.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaperIdTest {

  @Test
  void parsesNewStyleIdsWithAndWithoutVersion() {
    assertThat(PaperId.parse("2104.12255v1")).isEqualTo(new PaperId.Versioned(new PaperId("2104.12255"), 1));
    assertThat(PaperId.parse("0704.0001")).isEqualTo(new PaperId.Versioned(new PaperId("0704.0001"), 0));
    assertThat(PaperId.parse("arXiv:1707.08567v12").version()).isEqualTo(12);
  }

  @Test
  void parsesOldStyleIdsAndAbsUrls() {
    assertThat(PaperId.parse("http://arxiv.org/abs/hep-th/9901001v2"))
        .isEqualTo(new PaperId.Versioned(new PaperId("hep-th/9901001"), 2));
    assertThat(PaperId.of("http://arxiv.org/abs/math.GT/0309136v1").value()).isEqualTo("math.GT/0309136");
    assertThat(PaperId.of("https://arxiv.org/pdf/2104.12255v3.pdf").value()).isEqualTo("2104.12255");
    assertThat(new PaperId("quant-ph/0201082").oldStyle()).isTrue();
  }

  @Test
  void rejectsWhatIsNoArxivId() {
    assertThatThrownBy(() -> PaperId.of("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaperId.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PaperId("2104.12255v1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaperId.of("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
  }
}
