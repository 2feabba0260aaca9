package dev.kayakomcp.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The attachments of a reply: what is taken, and what each refusal says is valid. */
class ReplyAttachmentsTest {

  private static Map<String, Object> file(String name, String base64) {
    return Map.of("file_name", name, "content_base64", base64);
  }

  @Test
  void validFilesAreTakenWithLineBreaksInTheirBase64() {
    var files = ReplyAttachments.parse(List.of(file("a.txt", "aGVs\nbG8="), file("b.png", "AAEC")));
    assertThat(files).hasSize(2);
    assertThat(files.get(0).size()).isEqualTo(5);
    assertThat(files.get(1).fileName()).isEqualTo("b.png");
    assertThat(ReplyAttachments.parse(null)).isEmpty();
  }

  @Test
  void tooMuchInTotalIsRefusedWithTheLimit() {
    String half = Base64.getEncoder().encodeToString(new byte[1024 * 1024]);
    assertThatThrownBy(
            () ->
                ReplyAttachments.parse(
                    List.of(file("a.bin", half), file("b.bin", half), file("c.bin", "AA=="))))
        .isInstanceOf(ToolArgumentException.class)
        .hasMessageContaining("more than 2 MB")
        .hasMessageContaining("attachments[2] ('c.bin')");
  }

  @Test
  void badNamesContentsAndShapesSayWhatIsValid() {
    assertThatThrownBy(() -> ReplyAttachments.parse(List.of(file("x/y.txt", "AA=="))))
        .hasMessageContaining("without '/'");
    assertThatThrownBy(() -> ReplyAttachments.parse(List.of(file("a.txt", "not base64!"))))
        .hasMessageContaining("standard base64");
    assertThatThrownBy(() -> ReplyAttachments.parse(List.of(Map.of("file_name", "a.txt"))))
        .hasMessageContaining("not empty");
    assertThatThrownBy(() -> ReplyAttachments.parse(List.of("a.txt")))
        .hasMessageContaining("attachments[0] must be {\"file_name\"");
    assertThatThrownBy(() -> ReplyAttachments.parse(Collections.nCopies(11, file("a", "AA=="))))
        .hasMessageContaining("At most 10");
  }
}
