package eu.consulate.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Read model of one application for lists and queues; rewritten from the events. */
@Entity
@Table(name = "application_summary")
public class ApplicationSummaryRow {

    @Id
    @Column(name = "application_id")
    private String applicationId;

    /** The applicant's subject: what "my requests" are found by. */
    @Column(nullable = false)
    private String applicant;

    /** The applicant's username at submission, for display only. */
    @Column(name = "applicant_name", nullable = false)
    private String applicantName;

    @Column(name = "dac_id", nullable = false)
    private String dacId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String state;

    @Column(nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "updated_at", nullable = false)
    private long updatedAt;

    protected ApplicationSummaryRow() {
    }

    ApplicationSummaryRow(String applicationId) {
        this.applicationId = applicationId;
    }

    void update(String applicant, String applicantName, String dacId, String title, String state, int version, long createdAt, long updatedAt) {
        this.applicant = applicant;
        this.applicantName = applicantName;
        this.dacId = dacId;
        this.title = title;
        this.state = state;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    public String applicationId() {
        return applicationId;
    }

    public String applicant() {
        return applicant;
    }

    public String applicantName() {
        return applicantName;
    }

    public String dacId() {
        return dacId;
    }

    public String title() {
        return title;
    }

    public String state() {
        return state;
    }

    public long createdAt() {
        return createdAt;
    }

    public long updatedAt() {
        return updatedAt;
    }
}
