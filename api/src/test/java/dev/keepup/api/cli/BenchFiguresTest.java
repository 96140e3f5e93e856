package dev.keepup.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How benchmark figures turn into Markdown and how a server's heap is read from its GC log. */
class BenchFiguresTest {

  @Test
  void figuresBecomeAValueTableARowPerObjectAndAWideTablePerList() {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("cores", 2);
    figures.put("search", Map.of("p50_ms", 3.5));
    figures.put("sizes", List.of(Map.of("papers", 1000), Map.of("papers", 3000)));

    assertThat(MarkdownTable.of(figures)).isEqualTo("""
        | figure | value |
        |---|---:|
        | cores | 2 |

        | | p50_ms |
        |---|---:|
        | search | 3.5 |

        sizes:

        | papers |
        |---:|
        | 1000 |
        | 3000 |
        """);
  }

  @Test
  void thePeakHeapIsTheFullestHeapBeforeAnyCollectionOfTheGcLog() {
    List<String> log = List.of( // lines of a real JDK 25 -Xlog:gc log
        "[0.004s][info][gc] Using G1",
        "[4.655s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 15M->4M(64M) 241.183ms",
        "[6.054s][info][gc] GC(5) Pause Young (Concurrent Start) (G1 Evacuation Pause) 44M->44M(64M) 12.162ms",
        "[6.054s][info][gc] GC(6) Concurrent Mark Cycle",
        "[6.090s][info][gc] GC(10) Pause Young (Normal) (G1 Evacuation Pause) 58M->55M(96M) 1.923ms",
        "[6.104s][info][gc] GC(6) Pause Remark 56M->35M(64M) 2.045ms");

    assertThat(ServerProcess.peakHeapMb(log, false)).isEqualTo(58);
    assertThat(ServerProcess.peakHeapMb(log, true)).isEqualTo(96);
  }
}
