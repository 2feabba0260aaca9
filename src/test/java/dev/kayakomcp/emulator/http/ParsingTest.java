package dev.kayakomcp.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameter, form, multipart and route parsing without a server. */
class ParsingTest {

  @Test
  void formDecodingAndPhpArrays() {
    Params p =
        FormParser.parse(
            "a=1&a=2&email%5B%5D=x%40example.com&email[]=y@example.com&name[0]=31&name[1][40]=41"
                + "&plus=a+b&pct=%2B&empty=&novalue&bad=%zz");
    assertThat(p.get("a")).as("last value wins").isEqualTo("2");
    assertThat(p.array("email")).containsExactly("x@example.com", "y@example.com");
    assertThat(p.array("a")).as("a plain name reads as a one-element array").containsExactly("2");
    assertThat(p.indexed("name")).containsEntry("[0]", "31").containsEntry("[1][40]", "41");
    assertThat(p.get("plus")).isEqualTo("a b");
    assertThat(p.get("pct")).isEqualTo("+");
    assertThat(p.has("empty")).isTrue();
    assertThat(p.isEmpty("empty")).isTrue();
    assertThat(p.get("novalue")).isEmpty();
    assertThat(p.get("bad")).isEqualTo("%zz");
  }

  @Test
  void phpIntvalAndEmpty() {
    assertThat(Params.intval("42abc")).isEqualTo(42);
    assertThat(Params.intval("QXV-418-20573")).isZero();
    assertThat(Params.intval("-1")).isEqualTo(-1);
    assertThat(Params.intval("99999999999999")).isEqualTo(Integer.MAX_VALUE);
    assertThat(Params.intval(null)).isZero();
    Params p = FormParser.parse("zero=0&one=1");
    assertThat(p.isEmpty("zero")).isTrue();
    assertThat(p.isEmpty("one")).isFalse();
    assertThat(p.isEmpty("missing")).isTrue();
  }

  @Test
  void multipartFieldsAndFiles() {
    String body =
        "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"ticketid\"\r\n\r\n1042\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"contents\"\r\n\r\nline1\r\nline2\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"a b.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nhello\r\n--XyZ--\r\nepilogue";
    MultipartParser.Result r = MultipartParser.parse(body.getBytes(StandardCharsets.UTF_8), "XyZ");
    assertThat(r.fields().get("ticketid")).isEqualTo("1042");
    assertThat(r.fields().get("contents")).isEqualTo("line1\r\nline2");
    assertThat(r.fields().has("upload")).isFalse();
    MultipartParser.UploadedFile f = r.files().get("upload");
    assertThat(f.fileName()).isEqualTo("a b.txt");
    assertThat(f.contentType()).isEqualTo("text/plain");
    assertThat(new String(f.bytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
    assertThat(MultipartParser.boundary("multipart/form-data; boundary=\"q\"")).isEqualTo("q");
    assertThat(MultipartParser.boundary("multipart/form-data")).isNull();
    assertThat(
            MultipartParser.parse("garbage".getBytes(StandardCharsets.UTF_8), "x").fields().asMap())
        .isEmpty();
  }

  @Test
  void routerStyles() {
    Router.Routed standard = Router.route("/Tickets/Ticket/1042&apikey=k", "", Params.empty());
    assertThat(standard.segments()).containsExactly("Tickets", "Ticket", "1042");
    assertThat(standard.query().get("apikey")).isEqualTo("k");

    Params body = FormParser.parse("e=%2FBase%2FUser&x=1");
    Router.Routed inBody = Router.route(null, "", body);
    assertThat(inBody.segments()).containsExactly("Base", "User");
    assertThat(body.has("e")).as("e is removed from what controllers see").isFalse();

    Router.Routed named = Router.route("e=/Base/User/id=5/7", "", Params.empty());
    assertThat(named.segments()).containsExactly("Base", "User", "7");
    assertThat(named.query().get("id")).isEqualTo("5");

    assertThat(Router.route("e=Tickets/Ticket", "", Params.empty()).segments())
        .as("e must start with a slash")
        .isEmpty();
    assertThat(Router.route(null, "/Base/Staff/", Params.empty()).segments())
        .containsExactly("Base", "Staff");
    assertThatThrownBy(() -> Router.route("e=/Base/User/a@b", "", Params.empty()))
        .isInstanceOf(ApiException.class)
        .hasMessage("The URI you submitted has disallowed characters.");
    assertThat(
            Router.route("e=/Tickets/Ticket/ListAll/1,2/-1/~/%25", "", Params.empty()).segments())
        .containsExactly("Tickets", "Ticket", "ListAll", "1,2", "-1", "~", "%");
  }

  @Test
  void authenticator() {
    Authenticator a = new Authenticator("key", "example-secret-key");
    a.check(" key ", "1234567890", "\tk2zsEC5TUNiL47wONMQEs4PzPqHHf 4kMWbwHwnzbaY=\n");
    for (List<String> bad :
        List.of(
            // Spaces turn into "+" before trimming, so padding a signature with them spoils it.
            List.of("key", "1234567890", " k2zsEC5TUNiL47wONMQEs4PzPqHHf+4kMWbwHwnzbaY= "),
            List.of("key", "", "x"),
            List.of("nope", "1234567890", "k2zsEC5TUNiL47wONMQEs4PzPqHHf+4kMWbwHwnzbaY="),
            List.of("key", "1234567890", ""),
            List.of("key", "1234567890", "k2zsEC5TUNiL47wONMQEs4PzPqHHf+4kMWbwHwnzbaZ="))) {
      assertThatThrownBy(() -> a.check(bad.get(0), bad.get(1), bad.get(2)))
          .isInstanceOf(ApiException.class)
          .hasMessage(bad.get(1).isEmpty() ? "NO SALT PROVIDED!" : "FAILED TO AUTHENTICATE");
    }
  }
}
