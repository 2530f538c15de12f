package eu.consulate.domain.model.dac;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One published version of a committee's terms (its data access agreement). Versions are never
 * changed or deleted: an acceptance names the exact version accepted, and a dataset names the
 * version its applicants accept.
 */
@Entity
@Table(name = "terms_version")
public class TermsVersion {

    public static final int MAX_VERSION = 40;
    public static final int MAX_TITLE = 200;

    @Id
    private String id;

    @Column(name = "dac_id", nullable = false, length = 36)
    private String dacId;

    @Column(nullable = false, length = MAX_VERSION)
    private String version;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = 500)
    private String url;

    @Column(name = "published_at", nullable = false)
    private long publishedAt;

    @Column(name = "published_by", nullable = false, length = 255)
    private String publishedBy;

    protected TermsVersion() {
    }

    public TermsVersion(String dacId, String version, String title, String url, String bySubject, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.dacId = Objects.requireNonNull(dacId, "dacId");
        this.version = Objects.requireNonNull(version, "version");
        this.title = Objects.requireNonNull(title, "title");
        this.url = Objects.requireNonNull(url, "url");
        this.publishedBy = Objects.requireNonNull(bySubject, "bySubject");
        this.publishedAt = at.toEpochMilli();
    }

    public String id() {
        return id;
    }

    public String dacId() {
        return dacId;
    }

    public String version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }

    public Instant publishedAt() {
        return Instant.ofEpochMilli(publishedAt);
    }

    public String publishedBy() {
        return publishedBy;
    }

    /** How people read it: "Data access agreement, version 2.0". */
    public String label() {
        return title + ", version " + version;
    }
}
