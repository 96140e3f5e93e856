package dev.keepup.crawler.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keepup.crawler.Fixtures;
import dev.keepup.crawler.fetch.FetchOutcome;
import dev.keepup.crawler.fetch.Fetcher;
import dev.keepup.crawler.fetch.RecordingSleeper;
import dev.keepup.crawler.fetch.TestSettings;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OaiHarvesterTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final Fetcher fetcher = new Fetcher(TestSettings.loopback(), sleeper, new SplittableRandom(3));
  private final List<OaiPage> pages = new ArrayList<>();

  @AfterEach
  void close() {
    fetcher.close();
  }

  private OaiHarvester harvester() {
    return new OaiHarvester(fetcher, server.url("/oai2"));
  }

  private static MockResponse answer(int code, String file) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "text/xml")
        .body(new String(Fixtures.bytes("arxiv-oai/" + file), StandardCharsets.UTF_8)).build();
  }

  @Test
  void waitsOutA503WithRetryAfterThenReadsTheRecords() throws Exception {
    server.enqueue(new MockResponse.Builder(answer(503, "listrecords-arxiv.0.status503.html")).addHeader("Retry-After", "10").build());
    server.enqueue(answer(200, "listrecords-arxiv.1.xml"));

    OaiHarvester.Harvest harvest = harvester().harvest("arXiv", "cs", LocalDate.of(2015, 1, 1), pages::add);

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(10));
    assertThat(harvest.pages()).isEqualTo(1);
    assertThat(harvest.records()).isEqualTo(2);
    assertThat(harvest.nextFrom()).isEqualTo(LocalDate.of(2018, 6, 21));
    RecordedRequest request = server.takeRequest();
    HttpUrl url = request.getUrl();
    assertThat(url.queryParameter("verb")).isEqualTo("ListRecords");
    assertThat(url.queryParameter("metadataPrefix")).isEqualTo("arXiv");
    assertThat(url.queryParameter("set")).isEqualTo("cs");
    assertThat(url.queryParameter("from")).isEqualTo("2015-01-01");

    Paper first = pages.getFirst().papers().getFirst();
    assertThat(first.id().value()).isEqualTo("1412.8544");
    assertThat(first.title()).isEqualTo("A Kochen-Specker system has at least 22 vectors (extended abstract)");
    assertThat(first.authors()).containsExactly(
        new Author("Sander Uijlen", List.of("Radboud Universiteit")), new Author("Bas Westerbaan", List.of("Radboud Universiteit")));
    assertThat(first.categories()).containsExactly("cs.DM");
    assertThat(first.published()).isEqualTo(Instant.parse("2014-12-29T00:00:00Z"));
    assertThat(first.doi()).isEqualTo("10.4204/EPTCS.172.11");
    assertThat(first.journalRef()).isEqualTo("EPTCS 172, 2014, pp. 154-164");
    assertThat(first.summary()).startsWith("At the heart of the Conway-Kochen Free Will theorem");
  }

  @Test
  void followsTheResumptionTokenToTheEnd() throws Exception {
    server.enqueue(answer(200, "listidentifiers-gulbenkian.0.xml"));
    server.enqueue(answer(200, "listidentifiers-gulbenkian.1.xml"));

    OaiHarvester.Harvest harvest = harvester().harvest("oai_dc", null, null, pages::add);

    assertThat(harvest.pages()).isEqualTo(2);
    assertThat(pages.getFirst().resumptionToken()).isEqualTo("oai_dc/2016-01-01T00:00:00Z/2017-01-01T00:00:00Z//100");
    assertThat(pages.get(1).isLast()).isTrue();
    assertThat(harvest.records()).isEqualTo(pages.get(0).identifiers().size() + pages.get(1).identifiers().size());
    assertThat(server.takeRequest().getUrl().queryParameter("from")).isNull();
    HttpUrl next = server.takeRequest().getUrl();
    assertThat(next.queryParameter("verb")).isEqualTo("ListRecords");
    assertThat(next.queryParameter("resumptionToken")).isEqualTo("oai_dc/2016-01-01T00:00:00Z/2017-01-01T00:00:00Z//100");
    assertThat(next.queryParameter("metadataPrefix")).isNull();
  }

  @Test
  void anEmptyListIsOneEmptyLastPage() throws Exception {
    server.enqueue(answer(200, "listrecords-empty.xml"));
    OaiHarvester.Harvest harvest = harvester().harvest("arXiv", "cs", LocalDate.of(2020, 4, 10), pages::add);
    assertThat(harvest.records()).isZero();
    assertThat(pages).singleElement().satisfies(p -> assertThat(p.isLast()).isTrue());
  }

  @Test
  void anAnswerThatIsNotOaiPmhIsAnError() {
    server.enqueue(answer(200, "error-not-oai.xml"));
    assertThatThrownBy(() -> harvester().harvest("arXiv", "cs", null, pages::add))
        .isInstanceOf(OaiException.class)
        .hasMessage("not an OAI-PMH answer: root element <error>");
  }

  @Test
  void aMissingEndpointEndsTheHarvestWithItsOutcome() {
    server.enqueue(answer(404, "not-found.status404.html"));
    assertThatThrownBy(() -> harvester().harvest("arXiv", "cs", null, pages::add))
        .isInstanceOfSatisfying(OaiException.class, e -> assertThat(e.outcome()).isInstanceOf(FetchOutcome.Gone.class));
  }

  @Test
  void anOaiErrorCarriesItsCode() {
    String badArgument = """
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2024-01-01T00:00:00Z</responseDate>
        <error code="badResumptionToken">expired</error></OAI-PMH>""";
    assertThatThrownBy(() -> new OaiPmhParser().parse(badArgument.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(OaiException.class)
        .hasMessage("OAI-PMH error badResumptionToken: expired");
  }

  @Test
  void anAnswerWithADoctypeIsRefusedAndNoEntityIsRead() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE OAI-PMH [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>&xxe;</responseDate></OAI-PMH>""";
    assertThatThrownBy(() -> new OaiPmhParser().parse(xxe.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(OaiException.class)
        .hasMessageStartingWith("not an OAI-PMH answer:")
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:");
  }
}
