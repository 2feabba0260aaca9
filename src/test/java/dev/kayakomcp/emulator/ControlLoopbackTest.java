package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The control routes refuse callers that do not come from a loopback address. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ControlLoopbackTest {

  @Test
  void nonLoopbackCallersAreRefused() throws Exception {
    InetAddress external = null;
    for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!ni.isUp() || ni.isLoopback()) {
        continue;
      }
      for (InetAddress a : Collections.list(ni.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
          external = a;
        }
      }
    }
    assumeTrue(external != null, "no non-loopback IPv4 address on this machine");
    try (KayakoEmulator kayako =
        KayakoEmulator.start(TestHelpdesk.options().host(external.getHostAddress()))) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(kayako.controlUrl() + "faults")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(r.body()).contains("loopback");
      HttpResponse<String> api =
          http.send(
              HttpRequest.newBuilder(URI.create(kayako.apiUrl() + "?e=/Base/Department")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(api.statusCode()).as("the API itself is open to anyone").isEqualTo(401);
    }
  }
}
