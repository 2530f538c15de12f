package eu.consulate.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;

import eu.consulate.domain.model.permit.Permit;
import eu.consulate.domain.model.permit.PermitStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** The {@code permit} table; the domain's {@link Permit} is rebuilt from it. */
@Entity
@Table(name = "permit")
public class PermitRow {

    @Id
    private String id;

    @Column(name = "application_id", nullable = false)
    private String applicationId;

    @Column(nullable = false)
    private String holder;

    @Column(name = "holder_subject", nullable = false)
    private String holderSubject;

    @Column(name = "dac_id", nullable = false)
    private String dacId;

    @Column(name = "decided_at", nullable = false)
    private long decidedAt;

    @Column(name = "valid_from", nullable = false)
    private long validFrom;

    @Column(name = "valid_until", nullable = false)
    private long validUntil;

    @Column(nullable = false)
    private String status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "permit_dataset", joinColumns = @JoinColumn(name = "permit_id"))
    @Column(name = "dataset_id")
    private List<String> datasetIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "permit_condition", joinColumns = @JoinColumn(name = "permit_id"))
    @jakarta.persistence.OrderColumn(name = "seq")
    @Column(name = "wording")
    private List<String> conditions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "permit_data_use_condition", joinColumns = @JoinColumn(name = "permit_id"))
    @jakarta.persistence.OrderColumn(name = "seq")
    @Column(name = "wording")
    private List<String> dataUseConditions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "permit_holder", joinColumns = @JoinColumn(name = "permit_id"))
    @jakarta.persistence.OrderColumn(name = "seq")
    @Column(name = "subject")
    private List<String> coHolders = new ArrayList<>();

    protected PermitRow() {
    }

    public static PermitRow of(Permit permit) {
        PermitRow row = new PermitRow();
        row.id = permit.id();
        row.applicationId = permit.applicationId();
        row.holder = permit.holder();
        row.holderSubject = permit.holderSubject();
        row.dacId = permit.dacId();
        row.decidedAt = permit.decidedAt().toEpochMilli();
        row.validFrom = permit.validFrom().toEpochMilli();
        row.validUntil = permit.validUntil().toEpochMilli();
        row.status = permit.status().name();
        row.datasetIds = new ArrayList<>(permit.datasetIds());
        row.conditions = new ArrayList<>(permit.committeeConditions());
        row.dataUseConditions = new ArrayList<>(permit.dataUseConditions());
        row.coHolders = new ArrayList<>(permit.coHolders());
        return row;
    }

    public Permit toPermit() {
        return Permit.restore(id, applicationId, holder, holderSubject, dacId, List.copyOf(datasetIds),
                List.copyOf(conditions), List.copyOf(dataUseConditions), List.copyOf(coHolders), java.time.Instant.ofEpochMilli(decidedAt), java.time.Instant.ofEpochMilli(validFrom),
                java.time.Instant.ofEpochMilli(validUntil), PermitStatus.valueOf(status));
    }

    void validUntil(java.time.Instant validUntil) {
        this.validUntil = validUntil.toEpochMilli();
    }

    /** The datasets, conditions and co-holders after an amendment. */
    void amended(Permit permit) {
        datasetIds.clear();
        datasetIds.addAll(permit.datasetIds());
        conditions.clear();
        conditions.addAll(permit.committeeConditions());
        dataUseConditions.clear();
        dataUseConditions.addAll(permit.dataUseConditions());
        List<String> newCoHolders = permit.coHolders();
        coHolders.clear();
        coHolders.addAll(newCoHolders);
    }

    void status(eu.consulate.domain.model.permit.PermitStatus status) {
        this.status = status.name();
    }
}
