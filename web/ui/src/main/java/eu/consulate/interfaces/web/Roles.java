package eu.consulate.interfaces.web;

/** Realm roles of the identity provider, as the pages check them. */
public final class Roles {
    public static final String APPLICANT = "applicant";
    public static final String DAC_MEMBER = "dac-member";
    public static final String DAC_CHAIR = "dac-chair";
    public static final String LEGAL_OFFICER = "legal-officer";
    public static final String DAC_ADMIN = "dac-admin";

    private Roles() {
    }
}
