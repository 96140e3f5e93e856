package dev.keepup.crawler.fetch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** Answers each request with {@code answer} and notes when it arrived, to check pacing. */
public final class TimedDispatcher extends Dispatcher {

  private final Function<RecordedRequest, MockResponse> answer;
  private final List<Long> arrivals = new CopyOnWriteArrayList<>();

  public TimedDispatcher(Function<RecordedRequest, MockResponse> answer) {
    this.answer = answer;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    arrivals.add(System.nanoTime());
    return answer.apply(request);
  }

  /** The gaps between consecutive arrivals. */
  public List<Duration> gaps() {
    return java.util.stream.IntStream.range(1, arrivals.size())
        .mapToObj(i -> Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1)))
        .toList();
  }

  /** The settings of the loopback tests with {@code interval} between requests to {@code host}. */
  public static FetchSettings pacedSettings(String host, Duration interval) {
    return TestSettings.loopback().withIntervals(Duration.ZERO, java.util.Map.of(host, interval));
  }
}
