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
        String name = username == null || username.isBlank() ? subject : username;
        if (!people.knows(subject, name)) {
            try {
                people.signedIn(subject, name);
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
