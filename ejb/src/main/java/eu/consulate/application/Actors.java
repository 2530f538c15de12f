package eu.consulate.application;

import java.util.Set;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.infrastructure.persistence.ApplicationRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;

/**
 * Who is acting: the identity provider's subject, username (for display) and realm roles, plus
 * the committee seats recorded here for that subject.
 */
@Stateless
public class Actors {

    @EJB
    Catalog catalog;

    @EJB
    People people;

    public Actor of(String subject, String username, Set<String> roles) {
        return of(subject, username, roles, null, null);
    }

    /**
     * The same, keeping the e-mail address and language the identity provider's token carries
     * (claims {@code email}, {@code locale}; null when absent): notifications go there.
     */
    public Actor of(String subject, String username, Set<String> roles, String email, String locale) {
        String name = username == null || username.isBlank() ? subject : username;
        if (!people.knows(subject, name, email, locale)) {
            try {
                people.signedIn(subject, name, email, locale);
            } catch (EJBException e) {
                // a parallel first request of the same person inserted the same row first
                if (!ApplicationRepository.isConcurrentChange(e)) {
                    throw e;
                }
            }
        }
        return new Actor(subject, name, roles, catalog.seatsOf(subject));
    }
}
