package eu.consulate.interfaces.rest;

/** Realm roles as the API checks them. */
public final class ApiRoles {
    public static final String APPLICANT = "applicant";
    public static final String DAC_MEMBER = "dac-member";
    public static final String DAC_CHAIR = "dac-chair";
    public static final String LEGAL_OFFICER = "legal-officer";
    public static final String DAC_ADMIN = "dac-admin";
    /** Downstream systems (service accounts) that pull visas for any user. */
    public static final String VISA_READER = "visa-reader";

    private ApiRoles() {
    }
}
