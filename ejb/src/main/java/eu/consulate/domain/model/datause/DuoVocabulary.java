package eu.consulate.domain.model.datause;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What the Data Use Ontology says each term means to people: its label and definition, read from
 * the DUO release shipped in the {@code db} module ({@code duo/duo.csv}, CC BY 4.0). The rules do
 * not depend on it; people read it.
 */
public final class DuoVocabulary {

    /** The ontology's own words for a term. */
    public record Entry(String id, String shorthand, String label, String definition) {
    }

    private static final String RESOURCE = "duo/duo.csv";
    private static volatile DuoVocabulary shipped;

    private final Map<String, Entry> byId;

    private DuoVocabulary(Map<String, Entry> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** The DUO release shipped with Consulate. */
    public static DuoVocabulary shipped() {
        DuoVocabulary vocabulary = shipped;
        if (vocabulary == null) {
            try (InputStream in = DuoVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                vocabulary = read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = vocabulary;
        }
        return vocabulary;
    }

    /** Reads DUO's CSV export (columns id, shorthand, label, description). */
    public static DuoVocabulary read(Reader csv) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(csv)) {
            entries.put(row.get("id"), new Entry(row.get("id"), row.get("shorthand"), row.get("label"),
                    row.get("description")));
        }
        return new DuoVocabulary(entries);
    }

    /** The entry of {@code term}; every term the rules know is in the shipped release (a test checks it). */
    public Entry entry(DuoTerm term) {
        Objects.requireNonNull(term, "term");
        Entry entry = byId.get(term.id());
        if (entry == null) {
            throw new IllegalStateException(term.id() + " (" + term.shorthand() + ") is not in the DUO release");
        }
        return entry;
    }

    public String label(DuoTerm term) {
        return entry(term).label();
    }
}
