package eu.consulate.domain.model.datause;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A research purpose in the Data Use Ontology's terms, as the applicant states it: its category
 * (disease-specific with diseases, health/medical/biomedical, population origins or ancestry, or
 * general research) and what else a dataset's conditions may turn on.
 *
 * @param category               one of DS, HMB, POA, GRU
 * @param diseases               the diseases studied (CURIEs), named exactly when the category is DS
 * @param commercial             the results are used commercially
 * @param forProfitOrganisation  the applicant's organisation is for profit
 * @param methodsDevelopment     the work develops methods (software, algorithms, statistics)
 * @param geneticStudy           the study is a genetic one (genotypes, sequences, variants)
 * @param controlSet             the data serve as a control set
 */
public record ResearchPurpose(DuoTerm category, List<String> diseases, boolean commercial,
        boolean forProfitOrganisation, boolean methodsDevelopment, boolean geneticStudy, boolean controlSet) {

    private static final Pattern DISEASE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,19}:[A-Za-z0-9_.-]{1,40}");
    public static final List<DuoTerm> CATEGORIES = List.of(DuoTerm.DS, DuoTerm.HMB, DuoTerm.POA, DuoTerm.GRU);

    public ResearchPurpose {
        Objects.requireNonNull(category, "category");
        if (!CATEGORIES.contains(category)) {
            throw new IllegalArgumentException("Not a purpose category: " + category);
        }
        diseases = List.copyOf(diseases);
    }

    /**
     * The purpose stated by {@code category} (DUO shorthand or CURIE) and its parts; refuses an
     * unknown category, diseases missing for DS or given for another category, and malformed
     * disease identifiers ({@link InvalidDataUse}). Whether the diseases exist is the ontology's
     * question, asked by the caller.
     */
    public static ResearchPurpose of(String category, List<String> diseases, boolean commercial,
            boolean forProfitOrganisation, boolean methodsDevelopment, boolean geneticStudy, boolean controlSet) {
        DuoTerm term = DuoTerm.named(category).filter(CATEGORIES::contains).orElseThrow(() -> new InvalidDataUse(
                "The research purpose's category is one of DS (disease-specific), HMB (health/medical/biomedical), "
                        + "POA (population origins or ancestry) or GRU (general research), not '"
                        + (category == null ? "" : category.strip()) + "'."));
        List<String> clean = new ArrayList<>();
        for (String disease : diseases == null ? List.<String>of() : diseases) {
            String id = disease == null ? "" : disease.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!DISEASE.matcher(id).matches()) {
                throw new InvalidDataUse("'" + id + "' is not a disease identifier such as MONDO:0004992.");
            }
            if (!clean.contains(id)) {
                clean.add(id);
            }
        }
        if (term == DuoTerm.DS && clean.isEmpty()) {
            throw new InvalidDataUse("Disease-specific research names the diseases it studies, e.g. MONDO:0005061.");
        }
        if (term != DuoTerm.DS && !clean.isEmpty()) {
            throw new InvalidDataUse("Only disease-specific research (DS) names diseases; choose DS or remove them.");
        }
        if (clean.size() > DataUse.MAX_DISEASES) {
            throw new InvalidDataUse("At most " + DataUse.MAX_DISEASES + " diseases.");
        }
        return new ResearchPurpose(term, clean, commercial, forProfitOrganisation, methodsDevelopment, geneticStudy,
                controlSet);
    }
}
