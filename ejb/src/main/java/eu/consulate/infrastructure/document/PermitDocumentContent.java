package eu.consulate.infrastructure.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a permit document says (EHDS Art. 68: the permit as a document with its conditions):
 * the permit and its version (1 at issuance, one more for every later change), who holds it,
 * which committee decided, on which datasets, for which purpose, under which conditions, for how
 * long, and where anyone can check whether it is valid now.
 */
public record PermitDocumentContent(String permitId, int version, String status, String holder, String committee,
        String projectTitle, String purpose, String dataUse, List<Dataset> datasets, List<String> conditions,
        Instant decidedAt, Instant validFrom, Instant validUntil, Instant printedAt, String verificationUrl) {

    public record Dataset(String title, String url) {
    }

    public PermitDocumentContent {
        Objects.requireNonNull(permitId, "permitId");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        datasets = List.copyOf(datasets);
        conditions = List.copyOf(conditions);
    }
}
