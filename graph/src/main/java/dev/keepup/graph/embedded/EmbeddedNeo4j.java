package dev.keepup.graph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this process, reachable only through Bolt on 127.0.0.1 with
 * authentication on: Keepup talks to it through the Java driver exactly as to a remote server. The
 * password is generated on first start and kept, readable by the owner only, in the store folder.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
  /** The user Keepup connects as; Neo4j Community has this one admin user. */
  public static final String USER = "neo4j";
  private static final String PASSWORD_FILE = "keepup-password";

  private final DatabaseManagementService service;
  private final URI boltUri;
  private final String password;

  private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, String password) {
    this.service = service;
    this.boltUri = boltUri;
    this.password = password;
  }

  /**
   * Starts (creating if needed) the database stored in {@code home}, with Bolt on a free loopback
   * port and a page cache of {@code pageCacheBytes}.
   */
  public static EmbeddedNeo4j start(Path home, long pageCacheBytes) {
    long started = System.nanoTime();
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the graph folder " + home + ": " + e.getMessage(), e);
    }
    Path passwordFile = home.resolve(PASSWORD_FILE);
    String stored = readPassword(passwordFile);
    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(
                Map.of(
                    BoltConnector.enabled, true,
                    BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0),
                    BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                    GraphDatabaseSettings.auth_enabled, true,
                    GraphDatabaseSettings.pagecache_memory, pageCacheBytes,
                    GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5)))
            .build();
    try {
      String password = stored;
      if (password == null) { // first start: the password is set in Neo4j first, then kept
        password = newPassword();
        setPassword(service, password);
        writePassword(passwordFile, password);
      }
      GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      int port =
          db.getDependencyResolver()
              .resolveDependency(ConnectorPortRegister.class)
              .getLocalAddress(ConnectorType.BOLT)
              .getPort();
      URI uri = URI.create("bolt://127.0.0.1:" + port);
      LOG.info("Embedded Neo4j started in {} ms, Bolt on {}", (System.nanoTime() - started) / 1_000_000, uri);
      return new EmbeddedNeo4j(service, uri, password);
    } catch (RuntimeException e) {
      service.shutdown();
      throw e;
    }
  }

  /** The Bolt address to give the driver. */
  public URI boltUri() {
    return boltUri;
  }

  /** The password of {@link #USER}. */
  public String password() {
    return password;
  }

  private static void setPassword(DatabaseManagementService service, String password) {
    // Embedded transactions need no login; this sets the password Bolt clients must present.
    service
        .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
  }

  private static String readPassword(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the graph password in " + file + ": " + e.getMessage(), e);
    }
  }

  private static String newPassword() {
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    return HexFormat.of().formatHex(secret);
  }

  private static void writePassword(Path file, String password) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, password, StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        LOG.warn("Cannot restrict the permissions of {} on this file system", file);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the graph password to " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    service.shutdown();
  }
}
