package eu.consulate.application;

import java.util.Set;

import eu.consulate.domain.model.application.Actor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/** Who is acting: the identity provider's username and roles, plus committee memberships from here. */
@Stateless
public class Actors {

    @EJB
    Catalog catalog;

    public Actor of(String username, Set<String> roles) {
        return new Actor(username, roles, catalog.committeeIdsOf(username));
    }
}
