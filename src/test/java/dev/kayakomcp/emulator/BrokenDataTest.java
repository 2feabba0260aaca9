package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.Post;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A bug or broken data gives a short 500, not a stack trace, and the server keeps serving. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BrokenDataTest {

  @Test
  void unexpectedFailuresBecomeAShort500() {
    Helpdesk h = TestHelpdesk.build();
    List<Post> broken = new ArrayList<>(h.posts.get(1042));
    broken.add(null);
    h.posts.put(1042, broken);
    try (KayakoEmulator kayako = KayakoEmulator.start(TestHelpdesk.options().helpdesk(h))) {
      Api api = new Api(kayako);
      HttpResponse<String> r = api.get("/Tickets/Ticket/1042");
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).isEqualTo("Internal Server Error");
      assertThat(api.get("/Tickets/Ticket/1043").statusCode()).isEqualTo(200);
    }
  }
}
