package eu.consulate.domain.model.application;

import java.util.Map;
import java.util.Set;

import eu.consulate.domain.model.dac.DacRole;

/** The cast of the tests. Everyone on a committee sits on {@link ApplicationHistory#DAC}. */
public final class Actors {

    public static final String OTHER_DAC = "dac-other";

    private Actors() {
    }

    public static Actor applicant() {
        return new Actor("alice", Set.of(Actor.APPLICANT), Set.of());
    }

    public static Actor otherApplicant() {
        return new Actor("carol", Set.of(Actor.APPLICANT), Set.of());
    }

    public static Actor member() {
        return new Actor("bob", Set.of(Actor.DAC_MEMBER), Set.of(ApplicationHistory.DAC));
    }

    /** The committee's chair: the chair's realm role and the chair's seat. */
    public static Actor chair() {
        return new Actor("dana", "dana", Set.of(Actor.DAC_MEMBER, Actor.DAC_CHAIR),
                Map.of(ApplicationHistory.DAC, Set.of(DacRole.CHAIR)));
    }

    public static Actor secondMember() {
        return new Actor("max", Set.of(Actor.DAC_MEMBER), Set.of(ApplicationHistory.DAC));
    }

    public static Actor thirdMember() {
        return new Actor("mo", Set.of(Actor.DAC_MEMBER), Set.of(ApplicationHistory.DAC));
    }

    public static Actor memberOfOtherDac() {
        return new Actor("erin", Set.of(Actor.DAC_MEMBER), Set.of(OTHER_DAC));
    }

    /** Listed on the committee but without a reviewing realm role. */
    public static Actor listedWithoutReviewerRole() {
        return new Actor("frank", Set.of(Actor.APPLICANT), Set.of(ApplicationHistory.DAC));
    }

    public static Actor legalOfficer() {
        return new Actor("lena", "lena", Set.of(Actor.LEGAL_OFFICER),
                Map.of(ApplicationHistory.DAC, Set.of(DacRole.LEGAL_OFFICER)));
    }

    public static Actor legalOfficerOfOtherDac() {
        return new Actor("leo", "leo", Set.of(Actor.LEGAL_OFFICER), Map.of(OTHER_DAC, Set.of(DacRole.LEGAL_OFFICER)));
    }

    /** Holds the legal officer realm role but no committee's legal officer seat. */
    public static Actor legalOfficerWithoutSeat() {
        return new Actor("lou", Set.of(Actor.LEGAL_OFFICER), Set.of());
    }

    public static Actor admin() {
        return new Actor("adam", "adam", Set.of(Actor.DAC_ADMIN), Map.of(ApplicationHistory.DAC, Set.of(DacRole.ADMIN)));
    }

    public static Actor adminOfOtherDac() {
        return new Actor("ada2", "ada2", Set.of(Actor.DAC_ADMIN), Map.of(OTHER_DAC, Set.of(DacRole.ADMIN)));
    }

    /** The applicant who also holds every other role, so only the "own request" rule can stop her. */
    public static Actor applicantWithAllRoles() {
        return new Actor("alice", "alice",
                Set.of(Actor.APPLICANT, Actor.DAC_MEMBER, Actor.DAC_CHAIR, Actor.LEGAL_OFFICER, Actor.DAC_ADMIN),
                Map.of(ApplicationHistory.DAC, Set.of(DacRole.MEMBER, DacRole.LEGAL_OFFICER, DacRole.ADMIN)));
    }
}
