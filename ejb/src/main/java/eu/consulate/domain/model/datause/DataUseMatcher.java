package eu.consulate.domain.model.datause;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a research purpose may use data with given data-use conditions, following the
 * Data Use Ontology's definitions and the DUOS matching rules:
 * <ul>
 *   <li>NRES and GRU permit every purpose; HMB permits health/medical/biomedical research,
 *       disease-specific research included, but not research on population origins or ancestry;
 *       DS permits research on its diseases and on every more specific disease (not on a broader
 *       one); POA permits only research on population origins or ancestry.</li>
 *   <li>NCU, NPU and NPUNCU deny commercial use and for-profit organisations; GSO denies studies
 *       that are not genetic; NPOA denies population origins or ancestry research; NMDS denies
 *       methods development outside the bounds of a disease-specific permission; a DS dataset
 *       never serves as controls for another disease.</li>
 *   <li>IRB, PUB, COL, RTN, GS, MOR (until its date), TS, US, PS, IS and RS are obligations: the
 *       use is permitted on them.</li>
 *   <li>A denial wins over an obligation.</li>
 * </ul>
 */
public final class DataUseMatcher {

    private final DiseaseOntology diseases;
    private final DuoVocabulary vocabulary;

    public DataUseMatcher(DiseaseOntology diseases, DuoVocabulary vocabulary) {
        this.diseases = diseases;
        this.vocabulary = vocabulary;
    }

    /** The match of {@code purpose} against {@code use} on {@code today} (a moratorium that ended binds no more). */
    public DataUseMatch evaluate(DataUse use, ResearchPurpose purpose, LocalDate today) {
        List<String> denials = new ArrayList<>();
        List<String> grounds = new ArrayList<>();
        List<DataUseMatch.Obligation> obligations = new ArrayList<>();
        permission(use, purpose, denials, grounds);
        for (DataUseModifier modifier : use.modifiers()) {
            modifier(use, modifier, purpose, today, denials, grounds, obligations);
        }
        if (!denials.isEmpty()) {
            return new DataUseMatch(DataUseMatch.Outcome.DENIED, List.of(), denials);
        }
        return new DataUseMatch(obligations.isEmpty() ? DataUseMatch.Outcome.PERMITTED
                : DataUseMatch.Outcome.CONDITIONAL, obligations, grounds);
    }

    private void permission(DataUse use, ResearchPurpose purpose, List<String> denials, List<String> grounds) {
        DuoTerm category = purpose.category();
        switch (use.permission()) {
            case NRES -> grounds.add("The data carry no restriction on use (" + term(DuoTerm.NRES) + ").");
            case GRU -> grounds.add("General research use (" + term(DuoTerm.GRU) + ") allows any research purpose, "
                    + purposeName(purpose) + " included.");
            case HMB -> {
                if (category == DuoTerm.HMB || category == DuoTerm.DS) {
                    grounds.add(capital(purposeName(purpose)) + " is health/medical/biomedical research, which "
                            + term(DuoTerm.HMB) + " allows.");
                } else if (category == DuoTerm.POA) {
                    denials.add("Health/medical/biomedical research (" + term(DuoTerm.HMB) + ") excludes the study "
                            + "of population origins or ancestry.");
                } else {
                    denials.add("The data are limited to health/medical/biomedical research (" + term(DuoTerm.HMB)
                            + "); general research outside it is not allowed.");
                }
            }
            case DS -> diseaseSpecific(use, purpose, denials, grounds);
            case POA -> {
                if (category == DuoTerm.POA) {
                    grounds.add("The study of population origins or ancestry is what " + term(DuoTerm.POA) + " allows.");
                } else {
                    denials.add("The data are limited to the study of population origins or ancestry ("
                            + term(DuoTerm.POA) + "); " + purposeName(purpose) + " is not.");
                }
            }
            default -> throw new IllegalStateException("Not a permission: " + use.permission());
        }
    }

    private void diseaseSpecific(DataUse use, ResearchPurpose purpose, List<String> denials, List<String> grounds) {
        String allowed = names(use.diseases());
        if (purpose.category() != DuoTerm.DS) {
            denials.add("The data are limited to research on " + allowed + " (" + term(DuoTerm.DS) + "); "
                    + purposeName(purpose) + " is not limited to " + (use.diseases().size() == 1 ? "it" : "them")
                    + (purpose.controlSet() ? ", and the data may not serve as controls for other research" : "")
                    + ".");
            return;
        }
        for (String studied : purpose.diseases()) {
            var within = diseases.within(studied, use.diseases());
            if (within.isEmpty()) {
                denials.add("The data are limited to research on " + allowed + " (" + term(DuoTerm.DS) + "); "
                        + diseases.named(studied) + " is not " + (use.diseases().size() == 1 ? "it" : "one of them")
                        + " or a kind of " + (use.diseases().size() == 1 ? "it" : "them")
                        + (purpose.controlSet() ? ", and the data may not serve as controls for another disease" : "")
                        + ".");
            } else if (within.get().equals(studied)) {
                grounds.add("Research on " + diseases.named(studied) + " is what " + term(DuoTerm.DS) + " allows.");
            } else {
                grounds.add(capital(diseases.named(studied)) + " is a kind of " + diseases.named(within.get())
                        + ", to which " + term(DuoTerm.DS) + " limits the data.");
            }
        }
    }

    private void modifier(DataUse use, DataUseModifier modifier, ResearchPurpose purpose, LocalDate today,
            List<String> denials, List<String> grounds, List<DataUseMatch.Obligation> obligations) {
        DuoTerm code = modifier.term();
        switch (code) {
            case NCU -> {
                if (purpose.commercial()) {
                    denials.add("The data may not be used commercially (" + term(code) + ").");
                }
            }
            case NPU -> {
                if (purpose.forProfitOrganisation()) {
                    denials.add("The data may be used by not-for-profit organisations only (" + term(code) + ").");
                }
            }
            case NPUNCU -> {
                if (purpose.commercial() || purpose.forProfitOrganisation()) {
                    denials.add("The data may be used only by not-for-profit organisations and not commercially ("
                            + term(code) + ").");
                }
            }
            case GSO -> {
                if (!purpose.geneticStudy()) {
                    denials.add("The data may be used for genetic studies only (" + term(code) + "); the purpose is "
                            + "not a genetic study.");
                }
            }
            case NPOA -> {
                if (purpose.category() == DuoTerm.POA) {
                    denials.add("The data may not be used to study population origins or ancestry (" + term(code)
                            + ").");
                }
            }
            case NMDS -> {
                if (purpose.methodsDevelopment()) {
                    boolean withinDisease = use.permission() == DuoTerm.DS && purpose.category() == DuoTerm.DS
                            && purpose.diseases().stream().allMatch(d -> diseases.within(d, use.diseases()).isPresent());
                    if (withinDisease) {
                        grounds.add("Methods development stays within the disease the data are limited to, as "
                                + term(code) + " requires.");
                    } else {
                        denials.add("Methods development is allowed only within the bounds of the data's other "
                                + "limitations (" + term(code) + "), and this purpose's is not.");
                    }
                }
            }
            case CC -> grounds.add("The data may also be used for clinical care (" + term(code) + ").");
            case IRB -> obligations.add(obligation(code, "Approval by an ethics committee (IRB/ERB) is required before "
                    + "the data are used."));
            case PUB -> obligations.add(obligation(code, "The results must be made available to the scientific "
                    + "community (publication)."));
            case COL -> obligations.add(obligation(code, "The work must be done in collaboration with the primary "
                    + "study investigators."));
            case RTN -> obligations.add(obligation(code, "Derived or enriched data must be returned to the database "
                    + "or resource."));
            case GS -> obligations.add(obligation(code, "The data may be used only in " + modifier.parameter() + "."));
            case MOR -> {
                LocalDate until = LocalDate.parse(modifier.parameter());
                if (today.isBefore(until)) {
                    obligations.add(obligation(code, "Results may not be published before " + until + "."));
                } else {
                    grounds.add("The publication moratorium (" + term(code) + ") ended on " + until + ".");
                }
            }
            case TS -> obligations.add(obligation(code, "The data may be used for " + modifier.months()
                    + " months at most; the permit ends then at the latest."));
            case US -> obligations.add(obligation(code, "Use is limited to the approved users."));
            case PS -> obligations.add(obligation(code, "Use is limited to the approved project."));
            case IS -> obligations.add(obligation(code, "Use is limited to the approved institutions."));
            case RS -> obligations.add(obligation(code, "Use is limited to research of this type: "
                    + modifier.parameter() + "."));
            default -> throw new IllegalStateException("Not a modifier: " + code);
        }
    }

    private DataUseMatch.Obligation obligation(DuoTerm code, String text) {
        return new DataUseMatch.Obligation(code.shorthand(), text + " (" + term(code) + ")");
    }

    /** "general research use, DUO:0000042". */
    private String term(DuoTerm term) {
        return vocabulary.label(term) + ", " + term.id();
    }

    private String purposeName(ResearchPurpose purpose) {
        return switch (purpose.category()) {
            case DS -> "research on " + names(purpose.diseases());
            case HMB -> "health/medical/biomedical research";
            case POA -> "research on population origins or ancestry";
            case GRU -> "general research";
            default -> purpose.category().shorthand();
        };
    }

    private String names(List<String> ids) {
        List<String> named = ids.stream().map(diseases::named).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " or " + named.get(named.size() - 1);
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
