package dev.kayakomcp.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostReaderTest {

  @Test
  void readsPostWithInPostAttachmentShape() {
    List<Post> posts = PostReader.posts(Fixtures.parse("posts.xml"));

    assertThat(posts).hasSize(1);
    Post p = posts.get(0);
    assertThat(p.id()).isEqualTo(2230);
    assertThat(p.ticketId()).isEqualTo(1042);
    assertThat(p.hasAttachments()).isTrue();
    assertThat(p.contents()).isEqualTo("Screenshot attached.");
    Attachment a = p.attachments().get(0);
    assertThat(a.id()).isEqualTo(88);
    // The in-post shape omits ticket and post ids.
    assertThat(a.ticketId()).isZero();
    assertThat(a.ticketPostId()).isZero();
    assertThat(a.fileName()).isEqualTo("error.png");
    assertThat(a.fileSize()).isEqualTo(68);
    assertThat(a.contentsBase64()).startsWith("iVBORw0KGgo");
  }

  @Test
  void skipsPhpNoticesAndJoinsSplitCdata() {
    Post p = PostReader.posts(Fixtures.parse("posts-php-notice.xml")).get(0);

    assertThat(p.contents()).isEqualTo("if a[b[0]]> 1 then « ça brûle »");
    assertThat(p.creator()).isEqualTo(PostCreator.CC);
    assertThat(p.fullName()).isEqualTo("Jürgen Groß");
    assertThat(p.isPrivate()).isFalse(); // element absent on older servers
  }

  @Test
  void readsAttachmentResourceShapes() {
    List<Attachment> list = PostReader.attachments(Fixtures.parse("attachments-list.xml"));
    assertThat(list).extracting(Attachment::id).containsExactly(88, 89);
    assertThat(list.get(0).ticketId()).isEqualTo(1042);
    assertThat(list.get(0).ticketPostId()).isEqualTo(2230);
    assertThat(list.get(0).contentsBase64()).isNull();
    assertThat(list.get(1).fileName()).isEqualTo("Rechnung März.pdf");
    assertThat(list.get(1).fileSize()).isEqualTo(123456789012L);

    Attachment one = PostReader.attachments(Fixtures.parse("attachment-one.xml")).get(0);
    assertThat(one.ticketPostId()).isEqualTo(2230);
    assertThat(one.contentsBase64()).endsWith("5CYII=");
  }
}
