package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The extension's default: the generated dataset (seed 42, 50 tickets). Only generic facts are
 * asserted so the test holds for any generator that fills the helpdesk sensibly.
 */
@ExtendWith(EmulatorExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GeneratedDatasetTest {

  @Test
  void servesTheGeneratedHelpdesk(KayakoEmulator kayako) {
    Api api = new Api(kayako);
    assertThat(kayako.helpdesk().tickets).hasSize(50);
    assertThat(kayako.apiKey()).isEqualTo(EmulatorOptions.defaultApiKey(42));
    int firstId = kayako.helpdesk().tickets.firstKey();
    HttpResponse<String> r = api.get("/Tickets/Ticket/" + firstId);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Api.xml(r.body()).child("ticket").attr("id")).isEqualTo(Integer.toString(firstId));
    assertThat(Api.xml(api.get("/Base/Department").body()).children("department")).isNotEmpty();
    assertThat(Api.xml(api.get("/Tickets/TicketStatus").body()).children("ticketstatus"))
        .isNotEmpty();
  }
}
