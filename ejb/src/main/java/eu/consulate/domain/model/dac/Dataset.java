package eu.consulate.domain.model.dac;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A dataset in the catalogue. Its persistent {@code url} is what a visa grants access to
 * (the visa's {@code value}); the owning committee decides on requests for it.
 */
@Entity
@Table(name = "dataset")
public class Dataset {

    @Id
    private String id;

    @Column(nullable = false, length = 500)
    private String url;

    @Column(nullable = false, length = 300)
    private String title;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "dac_id")
    private Dac dac;

    protected Dataset() {
    }

    public Dataset(String url, String title, Dac dac) {
        this.id = UUID.randomUUID().toString();
        this.url = Objects.requireNonNull(url, "url");
        this.title = Objects.requireNonNull(title, "title");
        this.dac = Objects.requireNonNull(dac, "dac");
    }

    public String id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String title() {
        return title;
    }

    public Dac dac() {
        return dac;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
