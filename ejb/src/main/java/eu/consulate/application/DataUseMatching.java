package eu.consulate.application;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import eu.consulate.domain.model.dac.Dataset;
import eu.consulate.domain.model.datause.DataUse;
import eu.consulate.domain.model.datause.DataUseMatch;
import eu.consulate.domain.model.datause.DataUseMatcher;
import eu.consulate.domain.model.datause.DatasetMatch;
import eu.consulate.domain.model.datause.DuoVocabulary;
import eu.consulate.domain.model.datause.ResearchPurpose;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/**
 * Matches research purposes against data-use conditions with the imported disease ontology: for
 * other systems ({@code POST /api/duo/evaluate}), and for the datasets of a request (before it is
 * submitted, and stored with it).
 */
@Stateless
public class DataUseMatching {

    @EJB
    Diseases diseases;

    /** The match of {@code purpose} against {@code conditions}; unknown diseases on either side: 400. */
    public DataUseMatch evaluate(DataUse conditions, ResearchPurpose purpose) {
        diseases.requireKnown(conditions.diseases());
        diseases.requireKnown(purpose.diseases());
        return matcher().evaluate(conditions, purpose, today());
    }

    /** The match of {@code purpose} against each dataset, in the order given (empty for a dataset whose data use is not described). */
    public List<DatasetMatch> against(ResearchPurpose purpose, List<Dataset> datasets) {
        diseases.requireKnown(purpose.diseases());
        DataUseMatcher matcher = matcher();
        LocalDate today = today();
        List<DatasetMatch> matches = new ArrayList<>();
        for (Dataset dataset : datasets) {
            matches.add(new DatasetMatch(dataset.id(), dataset.title(),
                    dataset.dataUse().map(use -> matcher.evaluate(use, purpose, today))));
        }
        return matches;
    }

    private DataUseMatcher matcher() {
        return new DataUseMatcher(diseases.ontology(), DuoVocabulary.shipped());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
