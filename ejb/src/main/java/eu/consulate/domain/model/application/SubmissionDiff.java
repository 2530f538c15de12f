package eu.consulate.domain.model.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import eu.consulate.domain.model.form.FormField;

/**
 * Field by field, what changed between two submissions of a request, with the text of a changed
 * field split into kept, removed and added words (java-diff-utils, Myers' algorithm over words
 * , punctuation and the spaces between them), so that a reviewer sees exactly what the applicant changed.
 */
public final class SubmissionDiff {

    /** A run of text: {@code kind} "same", "removed" or "added". */
    public record Segment(String kind, String text) {
    }

    /** One field that changed: its name, the text before and after, and the words changed. */
    public record FieldChange(String field, String before, String after, List<Segment> segments) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}_]+|[^\\s\\p{L}\\p{N}_]");

    private SubmissionDiff() {
    }

    /**
     * The fields that differ between {@code before} and {@code after}, in the form's order (title,
     * research purpose, datasets); {@code datasetTitles} names the datasets (ids where unknown).
     */
    public static List<FieldChange> between(Submission before, Submission after, Map<String, String> datasetTitles) {
        List<FieldChange> changes = new ArrayList<>();
        field("Title", before.title(), after.title()).ifPresent(changes::add);
        field("Research purpose", before.researchPurpose(), after.researchPurpose()).ifPresent(changes::add);
        field("Datasets", datasets(before, datasetTitles), datasets(after, datasetTitles)).ifPresent(changes::add);
        return changes;
    }

    /**
     * The answers to the committee's form that differ between two rounds, one change a field in
     * the form's order, named by the field's label in {@code language}; {@code fields} are the
     * applicant's fields of the form the request answers (committee-only fields never take part).
     */
    public static List<FieldChange> answers(List<FormField> fields, Map<String, ?> before, Map<String, ?> after,
            String language) {
        List<FieldChange> changes = new ArrayList<>();
        for (FormField f : fields) {
            if (!f.type().takesAnswer() || f.committeeOnly()) {
                continue;
            }
            field(f.labelIn(language), f.shown(before.get(f.key()), language), f.shown(after.get(f.key()), language))
                    .ifPresent(changes::add);
        }
        return changes;
    }

    private static String datasets(Submission submission, Map<String, String> titles) {
        return String.join("; ", submission.datasetIds().stream().map(id -> titles.getOrDefault(id, id)).toList());
    }

    /** The change of one field, or empty when it did not change. */
    public static Optional<FieldChange> field(String name, String before, String after) {
        if (before.equals(after)) {
            return Optional.empty();
        }
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            add(segments, "same", from.subList(at, delta.getSource().getPosition()));
            add(segments, "removed", delta.getSource().getLines());
            add(segments, "added", delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(segments, "same", from.subList(at, from.size()));
        return Optional.of(new FieldChange(name, before, after, List.copyOf(segments)));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Appends the words as one segment, joined to the previous one when it is of the same kind. */
    private static void add(List<Segment> segments, String kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind().equals(kind)) {
            Segment last = segments.remove(segments.size() - 1);
            text = last.text() + text;
        }
        segments.add(new Segment(kind, text));
    }
}
