package dev.kayakomcp.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.NoteType;
import dev.kayakomcp.model.TimeTrack;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteReaderTest {

  @Test
  void readsTicketNoteResource() {
    List<Note> notes = NoteReader.notes(Fixtures.parse("notes.xml"));
    assertThat(notes)
        .containsExactly(
            new Note(
                NoteType.TICKET,
                15,
                1042,
                1,
                4,
                0,
                "Dana Agent",
                1700001800L,
                "Identity confirmed by phone."));
  }

  @Test
  void freeTextAuthorMissingTypeAndUnknownType() {
    List<Note> notes = NoteReader.notes(Fixtures.parse("notes-variants.xml"));

    // The unknown type is skipped; a missing type in TicketNote means a ticket note.
    assertThat(notes).extracting(Note::id).containsExactly(16, 17);
    assertThat(notes.get(0).creatorStaffName()).isEqualTo("Front desk & co");
    assertThat(notes.get(0).creatorStaffId()).isZero();
    assertThat(notes.get(0).contents()).isEqualTo("Called back <b>twice</b>.");
    assertThat(notes.get(1).type()).isEqualTo(NoteType.TICKET);
    assertThat(notes.get(1).contents()).isEmpty();
  }

  @Test
  void readsTimeTrackResource() {
    List<TimeTrack> tracks = NoteReader.timeTracks(Fixtures.parse("timetracks.xml"));
    assertThat(tracks)
        .containsExactly(
            new TimeTrack(
                9,
                1042,
                900,
                600,
                1700003600L,
                1700003000L,
                4,
                "Dana Agent",
                4,
                "Dana Agent",
                1,
                "Checked SSO logs."));
  }
}
