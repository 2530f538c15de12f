package eu.consulate.infrastructure.security;

/** Realm roles as the API checks them. */
public final class ApiRoles {
    public static final String APPLICANT = "applicant";
    public static final String DAC_MEMBER = "dac-member";
    public static final String DAC_CHAIR = "dac-chair";
    public static final String LEGAL_OFFICER = "legal-officer";
    public static final String DAC_ADMIN = "dac-admin";
    /** Downstream systems (service accounts) that pull visas for any user. */
    public static final String VISA_READER = "visa-reader";
    /** The roles of people (not systems): each may read their own passport and acts as themselves. */
    public static final java.util.Set<String> PERSON = java.util.Set.of(APPLICANT, DAC_MEMBER, DAC_CHAIR, LEGAL_OFFICER,
            DAC_ADMIN);

    private ApiRoles() {
    }

    /**
     * The value of {@code claim} as text ({@code sub}: the subject), or null when the token lacks
     * it: who a person is for their visas ({@code consulate.visa.subject-claim}).
     */
    public static String claimText(org.eclipse.microprofile.jwt.JsonWebToken token, String claim) {
        Object value = "sub".equals(claim) ? token.getSubject() : token.getClaim(claim);
        if (value instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        return value instanceof String text ? text : null;
    }
}
