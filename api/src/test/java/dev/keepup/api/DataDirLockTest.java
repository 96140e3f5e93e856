package dev.keepup.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {

  @TempDir Path dir;

  @Test
  void aSecondOwnerIsRefusedAndToldWhereTheServerAnswers() {
    try (DataDirLock first = DataDirLock.acquire(dir)) {
      ServingAddress.record(dir, "http://127.0.0.1:7070");

      assertThatThrownBy(() -> DataDirLock.acquire(dir))
          .isInstanceOfSatisfying(DataDirInUseException.class, e -> assertThat(e.server())
              .contains(new ServingAddress("http://127.0.0.1:7070", ProcessHandle.current().pid())))
          .hasMessageContaining("in use by keepup serve");
    }
  }

  @Test
  void anOwnerThatDoesNotServeIsNamedPlainly() {
    try (DataDirLock first = DataDirLock.acquire(dir)) {
      assertThatThrownBy(() -> DataDirLock.acquire(dir))
          .isInstanceOfSatisfying(DataDirInUseException.class, e -> assertThat(e.server()).isEmpty())
          .hasMessageContaining("in use by another Keepup process");
    }
  }

  @Test
  void theNextOwnerForgetsTheAddressOfAServerThatWasKilled() throws Exception {
    Files.writeString(dir.resolve(ServingAddress.FILE), "{\"url\":\"http://127.0.0.1:7070\",\"pid\":1}");

    try (DataDirLock owner = DataDirLock.acquire(dir)) {
      assertThat(dir.resolve(ServingAddress.FILE)).doesNotExist();
    }
  }
}
