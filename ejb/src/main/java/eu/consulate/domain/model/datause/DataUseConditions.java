package eu.consulate.domain.model.datause;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conditions a permit carries because of its datasets' data use: one sentence per restricting
 * permission or modifier (with its parameter), naming the datasets it comes from, in DUO's words
 * (label and CURIE) followed by what the holder must do. And the time limit (TS) that caps how long
 * a permit for these datasets may run.
 */
public final class DataUseConditions {

    /** A dataset as a permit names it, with its data use (empty when none is described). */
    public record DatasetUse(String title, Optional<DataUse> use) {
    }

    /** A permit's condition is stored in at most 500 characters; long lists of titles are counted instead. */
    static final int MAX_SENTENCE = 500;

    private final DuoVocabulary vocabulary;

    public DataUseConditions(DuoVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The sentences, in the order of DUO's terms; datasets with the same condition share one sentence. */
    public List<String> of(List<DatasetUse> datasets) {
        Map<String, List<String>> titlesByObligation = new LinkedHashMap<>();
        for (DuoTerm term : DuoTerm.values()) {
            for (DatasetUse dataset : datasets) {
                if (dataset.use().isEmpty()) {
                    continue;
                }
                DataUse use = dataset.use().get();
                String obligation = null;
                if (use.permission() == term) {
                    obligation = permissionObligation(use);
                } else {
                    obligation = use.modifier(term).map(this::modifierObligation).orElse(null);
                }
                if (obligation != null) {
                    List<String> titles = titlesByObligation.computeIfAbsent(obligation, o -> new ArrayList<>());
                    if (!titles.contains(dataset.title())) {
                        titles.add(dataset.title());
                    }
                }
            }
        }
        List<String> sentences = new ArrayList<>();
        titlesByObligation.forEach((obligation, titles) -> {
            String sentence = obligation + " (" + String.join("; ", titles) + ").";
            sentences.add(sentence.length() <= MAX_SENTENCE ? sentence
                    : obligation + " (" + titles.size() + " datasets of this permit).");
        });
        return sentences;
    }

    private String permissionObligation(DataUse use) {
        return switch (use.permission()) {
            case NRES, GRU -> null;
            case HMB -> heading(DuoTerm.HMB) + "health, medical or biomedical research only; not the study of population "
                    + "origins or ancestry";
            case DS -> heading(DuoTerm.DS) + "research on " + String.join(", ", use.diseases()) + " only";
            case POA -> heading(DuoTerm.POA) + "research on population origins or ancestry only";
            default -> throw new IllegalStateException(use.permission() + " is not a permission");
        };
    }

    private String modifierObligation(DataUseModifier modifier) {
        String p = modifier.parameter();
        String h = heading(modifier.term());
        return switch (modifier.term()) {
            case NPU -> h + "use by not-for-profit organisations only";
            case NCU -> h + "non-commercial use only";
            case NPUNCU -> h + "use by not-for-profit organisations and for non-commercial purposes only";
            case NMDS -> h + "no research on methods or software in general, only as part of the approved study";
            case GSO -> h + "genetic studies only";
            case IRB -> h + "the holder keeps the approval of a local ethics committee (IRB/ERB) and shows it on request";
            case PUB -> h + "the results of studies using the data are made available to the scientific community";
            case COL -> h + "the holder collaborates with the primary investigators of the study";
            case RTN -> h + "derived or enriched data are returned to the resource";
            case GS -> h + "the data are used only within " + p;
            case MOR -> h + "no results are published before " + p;
            case TS -> h + "use ends at the latest " + p + " months after the permit's start";
            case US -> h + "use by the approved users named on the permit only";
            case PS -> h + "use within the approved project only";
            case IS -> h + "use within the approved institution only";
            case NPOA -> h + "no research on population origins or ancestry";
            case RS -> h + "use for " + p + " research only";
            case CC -> null; // widens the use to clinical care; nothing for the holder to keep
            default -> throw new IllegalStateException(modifier.term() + " is not a modifier");
        };
    }

    /** "Publication required (DUO:0000019): " with the label capitalised. */
    private String heading(DuoTerm term) {
        String label = vocabulary.label(term);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1) + " (" + term.id() + "): ";
    }

    /**
     * The latest end a permit that starts at {@code start} may have for these datasets: the earliest
     * end of their time limits on use (TS, in calendar months; {@code PermitTerms#timeLimitEnd});
     * empty when none has one.
     */
    public static Optional<Instant> latestEnd(Instant start, List<Optional<DataUse>> uses) {
        return uses.stream().flatMap(Optional::stream)
                .flatMap(use -> use.modifier(DuoTerm.TS).stream())
                .map(ts -> eu.consulate.domain.model.permit.PermitTerms.timeLimitEnd(start, ts.months()))
                .min(Instant::compareTo);
    }
}
