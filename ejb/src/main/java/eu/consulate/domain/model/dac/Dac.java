package eu.consulate.domain.model.dac;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A data access committee. Its {@code sourceUrl} identifies it to the outside world: it is the
 * {@code source} of every visa issued on its decisions. Its seats name people by their identity
 * provider subject, each with a role in this committee.
 */
@Entity
@Table(name = "dac")
public class Dac {

    @Id
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "source_url", nullable = false, length = 500)
    private String sourceUrl;

    /** Whether the committee's decisions appear in the public register (its administrator decides). */
    @Column(name = "publishes_register", nullable = false)
    private boolean publishesRegister;

    /** Whether a signing official of the applicant's institution confirms each request before it reaches the committee. */
    @Column(name = "signing_official_required", nullable = false)
    private boolean signingOfficialRequired;

    /** The current version of the committee's terms ({@link TermsVersion}); null when it sets none. */
    @Column(name = "terms_version_id", length = 36)
    private String termsVersionId;

    @Column(name = "retired_at")
    private Long retiredAt;

    @Column(name = "retired_by", length = 255)
    private String retiredBy;

    @Column(length = 4000)
    private String description;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dac_seat", joinColumns = @JoinColumn(name = "dac_id"))
    private List<DacMember> members = new ArrayList<>();

    protected Dac() {
    }

    public Dac(String name, String sourceUrl) {
        this.id = UUID.randomUUID().toString();
        this.name = requireText(name, "name");
        this.sourceUrl = requireText(sourceUrl, "sourceUrl");
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    /** Seats the person (by subject) in the given role; a person may hold several seats (chair and administrator). */
    public void addMember(String subject, DacRole role) {
        if (!holds(subject, role)) {
            members.add(new DacMember(subject, role));
        }
    }

    /**
     * Takes the seat away. The committee keeps at least one administrator seat: taking away the
     * last one is refused ({@link IllegalStateException}). Returns whether a seat was taken away.
     */
    public boolean removeMember(String subject, DacRole role) {
        if (!holds(subject, role)) {
            return false;
        }
        if (role == DacRole.ADMIN && members.stream().filter(m -> m.role() == DacRole.ADMIN).count() == 1) {
            throw new IllegalStateException("A committee keeps at least one administrator.");
        }
        return members.removeIf(m -> m.subject().equals(subject) && m.role() == role);
    }

    public boolean holds(String subject, DacRole role) {
        return members.stream().anyMatch(m -> m.subject().equals(subject) && m.role() == role);
    }

    public boolean hasMember(String subject) {
        return members.stream().anyMatch(m -> m.subject().equals(subject));
    }

    /** Whether anybody can review its requests (a member or chair seat). */
    public boolean hasReviewers() {
        return members.stream().anyMatch(m -> m.role() == DacRole.MEMBER || m.role() == DacRole.CHAIR);
    }

    public String id() {
        return id;
    }

    /** Renames and describes the committee for the catalogue (checked by the caller). */
    public void describe(String name, String description, String contactEmail) {
        this.name = requireText(name, "name");
        this.description = description;
        this.contactEmail = contactEmail;
    }

    public java.util.Optional<String> description() {
        return java.util.Optional.ofNullable(description);
    }

    public java.util.Optional<String> contactEmail() {
        return java.util.Optional.ofNullable(contactEmail);
    }

    public String name() {
        return name;
    }

    /** The id of the current version of its terms; empty when it sets none. */
    public java.util.Optional<String> termsVersionId() {
        return java.util.Optional.ofNullable(termsVersionId);
    }

    /** The committee's administrator makes a published version current; null: the committee sets no terms. */
    public void useTerms(TermsVersion version) {
        if (version != null && !version.dacId().equals(id)) {
            throw new IllegalArgumentException("Terms of another committee");
        }
        this.termsVersionId = version == null ? null : version.id();
    }

    /** Retires the committee: it leaves the catalogue; what it decided stays readable. */
    public void retire(String bySubject, java.time.Instant at) {
        if (retiredAt == null) {
            retiredAt = at.toEpochMilli();
            retiredBy = Objects.requireNonNull(bySubject, "bySubject");
        }
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public java.util.Optional<java.time.Instant> retiredAt() {
        return java.util.Optional.ofNullable(retiredAt).map(java.time.Instant::ofEpochMilli);
    }

    public boolean publishesRegister() {
        return publishesRegister;
    }

    public boolean signingOfficialRequired() {
        return signingOfficialRequired;
    }

    /** The committee's administrator decides whether requests need a signing official's confirmation. */
    public void requireSigningOfficial(boolean required) {
        this.signingOfficialRequired = required;
    }

    /** The committee's administrator turns the public register of its decisions on or off. */
    public void publishRegister(boolean publish) {
        this.publishesRegister = publish;
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public List<DacMember> members() {
        return List.copyOf(members);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dac other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
