package eu.consulate.infrastructure.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import eu.consulate.domain.model.datause.DiseaseTerm;
import eu.consulate.domain.model.datause.InvalidDataUse;
import org.obolibrary.oboformat.model.Frame;
import org.obolibrary.oboformat.model.OBODoc;
import org.obolibrary.oboformat.parser.OBOFormatConstants.OboFormatTag;
import org.obolibrary.oboformat.parser.OBOFormatParser;
import org.obolibrary.oboformat.parser.OBOFormatParserException;

/**
 * Reads the diseases of an OBO file (MONDO's {@code mondo.obo}, or a subset of it) with the OWL
 * API's OBO format parser: every term that is not obsolete, with its name and its {@code is_a}
 * parents. A file that does not parse, a term without a name, an identifier that is not a CURIE
 * and a file without terms are refused ({@link InvalidDataUse}: the caller's mistake).
 */
public final class OboDiseases {

    /** The ontology as read: its terms and the file's {@code data-version}, if it has one. */
    public record Read(List<DiseaseTerm> terms, String version) {
    }

    private static final Pattern CURIE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,19}:[A-Za-z0-9_.-]{1,40}");
    static final int MAX_LABEL = 500;

    private OboDiseases() {
    }

    public static Read read(Reader obo) {
        OBODoc doc;
        try {
            doc = new OBOFormatParser().parse(new BufferedReader(obo));
        } catch (OBOFormatParserException e) {
            throw new InvalidDataUse("The file is not in the OBO format: line " + e.getLineNo() + ": "
                    + firstLine(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            throw new InvalidDataUse("The file is not in the OBO format: " + firstLine(e.getMessage()));
        }
        List<DiseaseTerm> terms = new ArrayList<>();
        for (Frame frame : doc.getTermFrames()) {
            String id = frame.getId();
            if (Boolean.TRUE.equals(frame.getTagValue(OboFormatTag.TAG_IS_OBSELETE, Boolean.class))) {
                continue;
            }
            if (id == null || !CURIE.matcher(id).matches()) {
                throw new InvalidDataUse("The term '" + id + "' has no identifier of the form MONDO:0004992.");
            }
            String name = frame.getTagValue(OboFormatTag.TAG_NAME, String.class);
            if (name == null || name.isBlank()) {
                throw new InvalidDataUse("The term " + id + " has no name.");
            }
            if (name.length() > MAX_LABEL) {
                throw new InvalidDataUse("The name of " + id + " is longer than " + MAX_LABEL + " characters.");
            }
            List<String> parents = new ArrayList<>();
            for (Object parent : frame.getTagValues(OboFormatTag.TAG_IS_A)) {
                String parentId = parent.toString();
                if (CURIE.matcher(parentId).matches() && !parents.contains(parentId)) {
                    parents.add(parentId);
                }
            }
            terms.add(new DiseaseTerm(id, name.strip(), parents));
        }
        if (terms.isEmpty()) {
            throw new InvalidDataUse("The file holds no terms ([Term] stanzas with an id and a name).");
        }
        Frame header = doc.getHeaderFrame();
        String version = header == null ? null : header.getTagValue(OboFormatTag.TAG_DATA_VERSION, String.class);
        return new Read(terms, version);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
