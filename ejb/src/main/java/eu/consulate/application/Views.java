package eu.consulate.application;

import java.time.Instant;
import java.util.List;

/** What the application services hand to pages and REST resources: plain data, no entities. */
public final class Views {

    private Views() {
    }

    public record DatasetView(String id, String url, String title) {
    }

    public record EventView(int seq, String type, String actor, Instant occurredAt, String remark) {
    }

    /**
     * A permit. {@code holder}: the applicant's subject; {@code coHolders}: the other people it
     * grants access to; {@code conditions}: those of its datasets' data use, then the committee's;
     * {@code committeeConditions}: the committee's alone (what an amendment sets).
     */
    public record PermitView(String id, String applicationId, String holder, String status, Instant decidedAt,
            Instant validFrom, Instant validUntil, boolean validNow, List<DatasetView> datasets, List<String> conditions,
            List<String> committeeConditions, List<PersonView> coHolders) {
    }

    /**
     * A dataset's data-use conditions as people read them: the DUO permission (null while not
     * described), the diseases of a disease-specific permission, the modifiers, the conditions a
     * permit for it carries, and who described them last and when.
     */
    public record DataUseView(String datasetId, String title, DuoTermView permission, List<String> diseases,
            List<DuoTermView> modifiers, List<String> conditions, String describedBy, Instant describedAt) {
    }

    /** A DUO term with the ontology's label and definition; {@code parameter}: a modifier's ('' for none). */
    public record DuoTermView(String id, String shorthand, String label, String definition, String parameter) {
    }

    /** A dataset in the public catalogue. {@code permission} null while its data use is not described. */
    public record CatalogueItem(String id, String url, String title, String description, List<String> keywords,
            List<String> countries, String dataType, String size, String committeeId, String committeeName,
            String permission, String permissionLabel, List<DiseaseView> diseases) {
    }

    /** A facet of the catalogue: one value, its label and how many found datasets have it. */
    public record FacetView(String value, String label, int count) {
    }

    /** A catalogue search: the datasets found and the facets over them (permission, committee, disease, country). */
    public record CatalogueResult(List<CatalogueItem> items, int total, int page, int size,
            java.util.Map<String, List<FacetView>> facets) {

        public boolean more() {
            return (long) page * size < total;
        }
    }

    /** A dataset's catalogue page: the dataset, its data use explained, its committee's contact; retired ones cannot be requested. */
    public record CatalogueDataset(CatalogueItem dataset, DataUseView dataUse, String committeeDescription,
            String committeeContact, boolean retired, TermsVersionView terms) {
    }

    /**
     * A version of a committee's terms (data access agreement): {@code current} when it is what the
     * committee's datasets ask for unless they name another version; {@code publishedBy} a name.
     */
    public record TermsVersionView(String id, String committeeId, String committee, String version, String title,
            String url, java.time.Instant publishedAt, String publishedBy, boolean current) {

        /** "Data access agreement, version 2.0". */
        public String label() {
            return title + ", version " + version;
        }
    }

    /** A change to a committee or one of its datasets: what (intent), which dataset if any, who, when, in words. */
    public record CatalogueChangeView(String type, String dataset, String actor, java.time.Instant at, String detail) {
    }

    /** A person as pages show them: subject, and the name they signed in with (the subject when unknown). */
    public record PersonView(String subject, String name) {
    }

    /**
     * A request as lists show it. {@code step}: what it waits for (review, legal-check, permit;
     * null when final); {@code decidedAt} null while pending; {@code dueAt}: the decision
     * deadline while pending, else null.
     */
    public record ApplicationSummary(String id, String title, String applicant, String dacId, String state,
            String stateLabel, String step, Instant submittedAt, Instant updatedAt, Instant decidedAt, Instant dueAt) {
    }

    public record ApplicationDetails(String id, String title, String researchPurpose, String applicant,
            String dacId, String dacName, String state, String stateLabel, int version, Instant submittedAt,
            List<DatasetView> datasets, List<EventView> history, String rejectionReason, PermitView permit,
            boolean awaitingMyReview, boolean awaitingMyLegalCheck, String use, String status, StepView openStep,
            VoteView vote, String returnReason, Instant decisionDueAt, String process, boolean permitRevocable,
            String revocationReason, PermitChangeView pendingChange, boolean mayRequestPermitChange,
            CodedPurposeView codedPurpose, List<LinkedRequestView> linkedRequests,
            List<eu.consulate.domain.model.application.TermsAccepted.Terms> acceptedTerms, boolean mayWithdraw,
            RevisionView revision) {
    }

    /**
     * The latest resubmission against the submission before it (issue 8): {@code round} 2 for the
     * first resubmission; {@code changes} the fields that changed, word by word (empty: none).
     */
    public record RevisionView(int round, Instant at, List<eu.consulate.domain.model.application.SubmissionDiff.FieldChange> changes) {
    }

    /** A request submitted together with this one (the same cart, another committee). */
    public record LinkedRequestView(String id, String title, String committee, String status) {
    }

    /** A disease with its label. */
    public record DiseaseView(String id, String label) {
    }

    /** What the holder must do because of a dataset's modifier. */
    public record ObligationView(String code, String text) {
    }

    /**
     * A purpose's match against a dataset: {@code outcome} permitted, conditional, denied, or
     * undescribed (the dataset's data use is not described; the committee decides).
     */
    public record MatchView(String datasetId, String title, String outcome, String outcomeLabel,
            List<ObligationView> obligations, List<String> reasons) {

        public static MatchView of(eu.consulate.domain.model.datause.DatasetMatch match) {
            if (match.match().isEmpty()) {
                return new MatchView(match.datasetId(), match.title(), "undescribed", "Data use not described",
                        List.of(), List.of("The dataset's data use is not described in DUO terms; the committee decides."));
            }
            var result = match.match().get();
            String label = switch (result.outcome()) {
                case PERMITTED -> "Permitted";
                case CONDITIONAL -> "Permitted on conditions";
                case DENIED -> "Denied";
            };
            return new MatchView(match.datasetId(), match.title(), result.outcome().code(), label,
                    result.obligations().stream().map(o -> new ObligationView(o.code(), o.text())).toList(),
                    result.reasons());
        }
    }

    /** The research purpose in DUO terms as the applicant stated it, and its matches at submission. */
    public record CodedPurposeView(String category, String categoryLabel, List<DiseaseView> diseases, boolean commercial,
            boolean forProfitOrganisation, boolean methodsDevelopment, boolean geneticStudy, boolean controlSet,
            List<MatchView> matches) {

        public static CodedPurposeView of(eu.consulate.domain.model.datause.ResearchPurpose purpose,
                List<eu.consulate.domain.model.datause.DatasetMatch> matches,
                eu.consulate.domain.model.datause.DiseaseOntology ontology) {
            return new CodedPurposeView(purpose.category().shorthand(),
                    eu.consulate.domain.model.datause.DuoVocabulary.shipped().label(purpose.category()),
                    purpose.diseases().stream().map(d -> new DiseaseView(d, ontology.label(d))).toList(),
                    purpose.commercial(), purpose.forProfitOrganisation(), purpose.methodsDevelopment(),
                    purpose.geneticStudy(), purpose.controlSet(), matches.stream().map(MatchView::of).toList());
        }

        /** Whether any dataset is denied to this purpose. */
        public boolean anyDenied() {
            return matches.stream().anyMatch(m -> "denied".equals(m.outcome()));
        }
    }

    /** The holder's change request waiting for the committee: extension (to {@code validUntil}) or amendment (to {@code datasets}). */
    public record PermitChangeView(String changeId, String kind, Instant validUntil, List<String> datasets, String reason,
            Instant requestedAt, boolean overdue) {
    }

    /** The open step: which task of the model, its kind, and whether the caller may act on it now. */
    public record StepView(String key, String kind, String label, boolean mine, java.util.Map<String, String> parameters,
            List<String> actions) {

        /** Whether the caller may take this action now (pages show its button). */
        public boolean allows(String action) {
            return actions.contains(action);
        }
    }

    /**
     * A vote: the tally (everyone who may see the request), each ballot (only committee members
     * who are not recused; null otherwise) and the caller's own part.
     */
    public record VoteView(boolean open, int approvals, int rejections, int abstentions, int recusals, int quorum,
            String majority, List<BallotView> ballots, String myChoice, boolean iAmRecused) {
    }

    /** Where a request's process stands: the model (BPMN XML) and the ids of its active (or final) elements. */
    public record ProcessView(String processKey, int version, List<String> activeActivities, String bpmnXml) {
    }

    public record BallotView(String voter, String choice, String comment) {
    }

    /** A seat as administrators see it: the person's subject, their current username, the role. */
    public record SeatView(String subject, String name, String role) {
    }

    /** A committee as its administrators see it. */
    public record CommitteeView(String id, String name, String source, List<SeatView> seats,
            List<DatasetView> datasets, boolean publishesRegister, TermsVersionView terms, String description,
            String contactEmail, java.time.Instant retiredAt, boolean signingOfficialRequired) {

        /** The current terms' URL; null when the committee sets no terms. */
        public String termsUrl() {
            return terms == null ? null : terms.url();
        }

        public boolean retired() {
            return retiredAt != null;
        }
    }

    /**
     * One page of a request list: the rows, where it starts, how many there are, how many per
     * state. Counts stop after 1,000: when {@code exact} is false, a count of 1,001 means
     * "more than 1,000".
     */
    public record RequestPage(List<ApplicationSummary> items, int page, int size, long total,
            java.util.Map<String, Long> counts, java.util.Map<String, Long> stepCounts, boolean exact) {
    }

    /** One page of a permit list; {@code exact} false: {@code total} is a lower bound (counting stopped). */
    public record PermitPage(List<PermitView> items, int page, int size, long total, boolean exact) {
    }

    /** What became of one request of a bulk decision: done, or why not. */
    public record BulkOutcome(String applicationId, boolean done, String message) {
    }
}
