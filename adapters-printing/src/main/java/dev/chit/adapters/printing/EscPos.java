package dev.chit.adapters.printing;

import dev.chit.domain.printing.PaperTicket;
import dev.chit.domain.printing.TicketLine;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * The ESC/POS commands a kitchen ticket needs, and a ticket in them: initialise ({@code ESC @}),
 * code page PC858 ({@code ESC t 19}: Western European with the euro sign; a character it lacks
 * prints as {@code ?}), bold ({@code ESC E}), double width and height ({@code GS !}), reversed
 * ({@code GS B}), centred ({@code ESC a}), line feed, and feed-and-cut ({@code GS V 65 n}).
 */
public final class EscPos {

    static final byte ESC = 0x1B;
    static final byte GS = 0x1D;
    static final byte DLE = 0x10;
    static final byte EOT = 0x04;
    static final byte LF = 0x0A;

    /** ESC t 19: the printer's code page 19 is PC858, which the JDK calls IBM858. */
    static final int PC858 = 19;
    static final Charset CODE_PAGE = Charset.forName("IBM858");

    static final byte[] INITIALISE = {ESC, '@'};
    static final byte[] SELECT_PC858 = {ESC, 't', PC858};
    static final byte[] BOLD_ON = {ESC, 'E', 1};
    static final byte[] BOLD_OFF = {ESC, 'E', 0};
    static final byte[] DOUBLE_SIZE = {GS, '!', 0x11};
    static final byte[] NORMAL_SIZE = {GS, '!', 0x00};
    static final byte[] REVERSE_ON = {GS, 'B', 1};
    static final byte[] REVERSE_OFF = {GS, 'B', 0};
    static final byte[] CENTRE = {ESC, 'a', 1};
    static final byte[] LEFT = {ESC, 'a', 0};
    /** GS V 65 n: feed n lines (past the cutter) and cut. */
    static final byte[] FEED_AND_CUT = {GS, 'V', 65, 4};

    /** DLE EOT n: the printer's real-time status (1), why it is offline (2), the roll paper sensor (4). */
    static byte[] statusRequest(int n) {
        return new byte[] {DLE, EOT, (byte) n};
    }

    private EscPos() {
    }

    /** {@code copies} times the ticket, each initialised, in PC858, and cut. */
    public static byte[] ticket(PaperTicket ticket, int copies) {
        var out = new ByteArrayOutputStream();
        for (int copy = 0; copy < copies; copy++) {
            out.writeBytes(INITIALISE);
            out.writeBytes(SELECT_PC858);
            for (TicketLine line : ticket.lines()) {
                line(out, line);
            }
            out.writeBytes(FEED_AND_CUT);
        }
        return out.toByteArray();
    }

    private static void line(ByteArrayOutputStream out, TicketLine line) {
        byte[] text = text(line.text());
        switch (line.style()) {
            case NORMAL -> out.writeBytes(text);
            case BOLD -> wrapped(out, BOLD_ON, text, BOLD_OFF);
            case CENTERED -> wrapped(out, CENTRE, text, LEFT);
            case LARGE -> {
                out.writeBytes(BOLD_ON);
                wrapped(out, DOUBLE_SIZE, text, NORMAL_SIZE);
                out.writeBytes(BOLD_OFF);
            }
            case HIGHLIGHT -> {
                out.writeBytes(BOLD_ON);
                wrapped(out, REVERSE_ON, text, REVERSE_OFF);
                out.writeBytes(BOLD_OFF);
            }
        }
        out.write(LF);
    }

    private static void wrapped(ByteArrayOutputStream out, byte[] on, byte[] text, byte[] off) {
        out.writeBytes(on);
        out.writeBytes(text);
        out.writeBytes(off);
    }

    /** The text in PC858; a character the code page lacks, and any control character, becomes {@code ?}. */
    static byte[] text(String text) {
        CharsetEncoder encoder = CODE_PAGE.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {'?'});
        StringBuilder printable = new StringBuilder(text.length());
        // Code points, not chars: an emoji is one '?', not two.
        text.codePoints().forEach(c -> printable.append(Character.isISOControl(c) || Character.isSupplementaryCodePoint(c)
                ? '?' : (char) c));
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(printable));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException impossible) {
            throw new IllegalStateException("replacing encoder failed", impossible);
        }
    }
}
